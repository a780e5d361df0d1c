package se.avtalsvakt.reporting.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.report.RenderedReport;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportInfo;
import se.avtalsvakt.api.report.ReportProvider;
import se.avtalsvakt.api.report.ReportRenderer;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportService;

/**
 * The whiteboard of reports and formats: every {@link ReportProvider} and {@link ReportRenderer} service, as they
 * come and go. Of two services for the same kind or format, the one with the higher {@code service.ranking} wins.
 */
@Component(service = ReportService.class)
public class ReportRegistry implements ReportService {

    private record Ranked<T>(T service, int ranking) {
    }

    private final Map<ReportProvider, Ranked<ReportProvider>> providers = new ConcurrentHashMap<>();

    /** The day in the file name of a report asked for without a year or window. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PlatformClock clock;
    private final Map<ReportRenderer, Ranked<ReportRenderer>> renderers = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addProvider(ReportProvider provider, Map<String, Object> props) {
        providers.put(provider, new Ranked<>(provider, ranking(props)));
    }

    public void removeProvider(ReportProvider provider) {
        providers.remove(provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addRenderer(ReportRenderer renderer, Map<String, Object> props) {
        renderers.put(renderer, new Ranked<>(renderer, ranking(props)));
    }

    public void removeRenderer(ReportRenderer renderer) {
        renderers.remove(renderer);
    }

    private static int ranking(Map<String, Object> props) {
        return props != null && props.get(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0;
    }

    @Override
    public List<ReportInfo> reports() {
        List<String> formats = formats();
        return providers.values().stream().map(Ranked::service).map(ReportProvider::kind).distinct().sorted()
                .map(kind -> provider(kind).orElseThrow())
                .map(p -> new ReportInfo(p.kind(), p.title(), formats, p.parameters())).toList();
    }

    @Override
    public List<String> formats() {
        return renderers.values().stream().map(r -> r.service().format()).distinct().sorted().toList();
    }

    @Override
    public Report build(ReportRequest request) {
        ReportProvider provider = provider(request.kind())
                .orElseThrow(() -> new NotFoundException("report", request.kind()));
        return provider.build(request);
    }

    @Override
    public RenderedReport run(ReportRequest request, String format) {
        ReportRenderer renderer = rendererFor(format);
        Report report = build(request);
        return new RenderedReport(fileName(request, report.kind(), report.generatedOn(), renderer.fileExtension()),
                renderer.contentType(), out -> renderer.render(report, out));
    }

    @Override
    public RenderedReport describe(ReportRequest request, String format) {
        ReportRenderer renderer = rendererFor(format);
        ReportProvider provider = provider(request.kind())
                .orElseThrow(() -> new NotFoundException("report", request.kind()));
        return new RenderedReport(fileName(request, provider.kind(), clock == null ? null : clock.today(),
                renderer.fileExtension()), renderer.contentType(), out -> { });
    }

    private ReportRenderer rendererFor(String format) {
        String wanted = format == null ? "json" : format.trim().toLowerCase(java.util.Locale.ROOT);
        return renderer(wanted).orElseThrow(() -> new ValidationException("format",
                "'" + format + "' is not an installed format; one of " + String.join(", ", formats())));
    }

    Optional<ReportProvider> provider(String kind) {
        return best(providers.values().stream().filter(r -> r.service().kind().equals(kind)).toList());
    }

    Optional<ReportRenderer> renderer(String format) {
        return best(renderers.values().stream().filter(r -> r.service().format().equals(format)).toList());
    }

    private static <T> Optional<T> best(List<Ranked<T>> candidates) {
        return candidates.stream().max(Comparator.comparingInt(Ranked::ranking)).map(Ranked::service);
    }

    /** @return e.g. {@code avtalsvakt-sro-annual-2025.pdf}, {@code avtalsvakt-deadlines-2026-01-01_2026-12-31.csv} */
    static String fileName(ReportRequest request, Report report, String extension) {
        return fileName(request, report.kind(), report.generatedOn(), extension);
    }

    static String fileName(ReportRequest request, String kind, java.time.LocalDate generatedOn, String extension) {
        StringBuilder name = new StringBuilder("avtalsvakt-").append(kind);
        if (request.year() != null) {
            name.append('-').append(request.year());
        } else if (request.from() != null || request.to() != null) {
            name.append('-').append(request.from() != null ? request.from() : "")
                    .append('_').append(request.to() != null ? request.to() : "");
        } else {
            name.append('-').append(generatedOn);
        }
        for (String part : new String[] {request.organisation(), request.body(), request.agreement()}) {
            if (part != null) {
                name.append('-').append(part);
            }
        }
        return name.toString().replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension;
    }
}
