package se.avtalsvakt.agreement.internal.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.DecisionStep;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;
import se.avtalsvakt.api.agreement.Revision;
import se.avtalsvakt.api.agreement.Specification;
import se.avtalsvakt.api.agreement.TerminationNotice;

/** {@code agreement:show ID}: everything registered about one agreement. */
@Command(scope = "agreement", name = "show", description = "Shows one agreement: terms, parties, decision history, change log, notices")
@Service
public class AgreementShowCommand extends AgreementCommandSupport {

    @Argument(index = 0, name = "id", description = "The agreement's id", required = true)
    @Completion(AgreementIdCompleter.class)
    String id;

    @Override
    protected Object run() {
        Agreement a = agreements.get(id);
        PrintStream out = System.out;
        out.println(a.title());
        row(out, "Id", a.id());
        row(out, "Kind", a.kind());
        row(out, "Status", agreements.status(a));
        row(out, "Diary number", orDash(a.diaryNumber()));
        row(out, "Owner body", orDash(a.ownerBody()));
        row(out, "Start", orDash(a.start()));
        row(out, "First term end", orDash(a.firstTermEnd()));
        row(out, "Term policy", a.renewal().type());
        if (a.renewal().period() != null) {
            row(out, "Renewal period", a.renewal().period());
        }
        row(out, "Notice period", orDash(a.renewal().noticePeriod()));
        row(out, "Written notice", a.renewal().writtenNoticeRequired() ? "required" : "not required");
        row(out, "Renegotiation", a.renegotiationAnyTime() ? "any time" : "at renewal");
        row(out, "Notice ends it for", a.noticeEndsAgreementFor().isEmpty() ? "every party"
                : String.join(", ", a.noticeEndsAgreementFor()) + " (others' notice ends only their own participation)");
        row(out, "Last day moves", a.lastDayMovesToNextWorkingDay()
                ? "to the next working day when it is not a working day" : "no (the contractual day)");
        if (!a.references().isEmpty()) {
            row(out, "Rests on", String.join(", ", a.references()));
        }
        Map<PartyRole, List<String>> byRole = new TreeMap<>(a.parties().stream().collect(
                Collectors.groupingBy(Party::role, Collectors.mapping(Party::organisation, Collectors.toList()))));
        byRole.forEach((role, ids) -> row(out, "Parties: " + role, ids.size() + " (" + String.join(", ", ids) + ")"));
        if (a.notes() != null) {
            out.println();
            out.println(a.notes());
        }
        decisionHistory(out, a);
        specifications(out, a);
        notices(out, a);
        return null;
    }

    private static void decisionHistory(PrintStream out, Agreement a) {
        if (a.decisionHistory().isEmpty()) {
            return;
        }
        out.println();
        out.println("Decision history");
        ShellTable table = new ShellTable();
        table.column("On");
        table.column("Body").maxSize(50);
        table.column("Organisation");
        table.column("Step").maxSize(60);
        for (DecisionStep d : a.decisionHistory()) {
            table.addRow().addContent(d.on(), d.body(), orDash(d.organisation()), orDash(d.step()));
        }
        table.print(System.out);
    }

    private static void row(PrintStream out, String label, Object value) {
        out.printf("  %-22s %s%n", label, value);
    }

    private static void specifications(PrintStream out, Agreement a) {
        if (a.specifications().isEmpty()) {
            return;
        }
        out.println();
        ShellTable table = new ShellTable();
        table.column("Document");
        table.column("Type");
        table.column("Title").maxSize(50);
        table.column("Diary number");
        table.column("Decided");
        table.column("By");
        table.column("Effective");
        table.column("Summary").maxSize(50);
        for (Specification s : a.specifications()) {
            table.addRow().addContent(s.id(), s.type(), s.title(), "", "", "", "", s.revisions().size() + " revision(s)");
            for (Revision r : s.revisions()) {
                table.addRow().addContent("", "", "", r.diaryNumber(), r.decidedOn(), orDash(r.decidedBy()),
                        r.effectiveDate(), r.summary());
            }
        }
        table.print(System.out);
    }

    private static void notices(PrintStream out, Agreement a) {
        if (a.terminationNotices().isEmpty()) {
            return;
        }
        out.println();
        out.println("Termination notices");
        ShellTable table = new ShellTable();
        table.column("#");
        table.column("Party");
        table.column("Received");
        table.column("Written");
        table.column("Diary number");
        table.column("Withdrawn").maxSize(60);
        int number = 0;
        for (TerminationNotice n : a.terminationNotices()) {
            table.addRow().addContent(++number, n.party(), n.receivedOn(), n.written() ? "yes" : "NO",
                    orDash(n.diaryNumber()), n.hasWithdrawal()
                            ? n.withdrawal().on() + ": " + n.withdrawal().reason() : "-");
        }
        table.print(System.out);
    }
}
