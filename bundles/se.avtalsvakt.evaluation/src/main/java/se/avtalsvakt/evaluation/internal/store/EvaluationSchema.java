package se.avtalsvakt.evaluation.internal.store;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.persistence.SchemaMigrator;

/** The evaluation bundle's tables, brought up to date; registered once its migrations have run. */
@Component(service = EvaluationSchema.class)
public class EvaluationSchema {

    public static final String CHANGELOG = "db/evaluation/changelog.xml";

    @Activate
    public EvaluationSchema(@Reference SchemaMigrator migrator) {
        migrator.migrate(CHANGELOG, EvaluationSchema.class.getClassLoader());
    }
}
