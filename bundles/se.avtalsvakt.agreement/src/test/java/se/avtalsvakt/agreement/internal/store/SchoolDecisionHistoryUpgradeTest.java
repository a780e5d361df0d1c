package se.avtalsvakt.agreement.internal.store;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import se.avtalsvakt.testsupport.TestDatabase;

/**
 * An installation that loaded the school agreement before decision histories existed gets the agreement's history by
 * migration (its reference data is applied with KEEP_EXISTING and would not add it); a new one is left to the
 * reference data.
 */
public class SchoolDecisionHistoryUpgradeTest {

    private static final int BEFORE_DECISION_HISTORY = 11;

    @Test
    public void anInstalledSchoolAgreementGetsItsDecisionHistory() {
        try (TestDatabase db = TestDatabase.withFirstChangesets(AgreementSchema.CHANGELOG, BEFORE_DECISION_HISTORY,
                AgreementSchema.class)) {
            db.execute("insert into av_agreement (id, title, kind, term_policy, written_notice_required, "
                    + "renegotiation_any_time, reference_only, last_day_moves, created_at, updated_at, row_version) "
                    + "values ('overenskommelse-skola', 'Överenskommelse', 'MUTUAL_AGREEMENT', 'OPEN_ENDED', false, "
                    + "true, false, false, timestamp('2026-01-05 10:00:00'), timestamp('2026-01-05 10:00:00'), 0)");

            assertEquals(2, db.migrator().migrate(AgreementSchema.CHANGELOG, AgreementSchema.class.getClassLoader()));

            assertEquals(List.of("0|2020-12-09|Ledningsråd Medicintekniska produkter|null|null",
                    "1|2021-02-12|Politisk beredningsgrupp|null|null",
                    "2|2021-04-23|Samrådsorgan SRO|sro|null",
                    "3|2021-06-01|VästKoms styrelse|vastkom|null",
                    "4|2021-06-30|Hälso- och sjukvårdsstyrelsen, VGR|vgr|null",
                    "5|2022-04-13|Samtliga parter|null|Undertecknad av samtliga parter"),
                    db.rows("select seq, decided_on, body, organisation_id, step from av_agreement_decision "
                            + "where agreement_id = 'overenskommelse-skola' order by seq"));
        }
    }

    @Test
    public void aNewInstallationIsLeftToTheReferenceData() {
        try (TestDatabase db = TestDatabase.withFirstChangesets(AgreementSchema.CHANGELOG, BEFORE_DECISION_HISTORY,
                AgreementSchema.class)) {
            assertEquals(2, db.migrator().migrate(AgreementSchema.CHANGELOG, AgreementSchema.class.getClassLoader()));

            assertEquals(List.of("0"), db.rows("select count(*) from av_agreement_decision"));
        }
    }
}
