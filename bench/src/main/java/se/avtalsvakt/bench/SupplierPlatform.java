package se.avtalsvakt.bench;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.persistence.internal.LiquibaseSchemaMigrator;
import se.avtalsvakt.supplier.internal.DeliveryChecks;
import se.avtalsvakt.supplier.internal.SupplierIngest;
import se.avtalsvakt.supplier.internal.SupplierRegister;
import se.avtalsvakt.supplier.internal.SupplierRoutes;
import se.avtalsvakt.supplier.internal.SupplierRoutesConfig;
import se.avtalsvakt.supplier.internal.store.DeliveryCheckEntity;
import se.avtalsvakt.supplier.internal.store.DeliveryCheckStore;
import se.avtalsvakt.supplier.internal.store.ImportEntity;
import se.avtalsvakt.supplier.internal.store.ImportErrorEntity;
import se.avtalsvakt.supplier.internal.store.ImportStore;
import se.avtalsvakt.supplier.internal.store.RecordHistoryEntity;
import se.avtalsvakt.supplier.internal.store.RecordStore;
import se.avtalsvakt.supplier.internal.store.SupplierRecordEntity;
import se.avtalsvakt.supplier.internal.store.SupplierSchema;
import se.avtalsvakt.testsupport.ResourceLocalJpaTemplate;

/**
 * The supplier bundle's own classes wired by hand, outside OSGi: embedded Derby, the bundle's Liquibase changelog,
 * Hibernate with its entities, the stores, the register and the Camel routes in a plain Camel context. Only
 * what OSGi would inject from other bundles is stood in for: the organisations (the suppliers and care providers
 * named here), the clock (the system's) and the calendar (not used while importing).
 */
public final class SupplierPlatform implements AutoCloseable {

    public static final String SUPPLIER = "hjalpmedelscentralen";
    /** Care providers the generated lines use. */
    public static final List<String> CARE_PROVIDERS = List.of("goteborg", "boras", "trollhattan", "skovde",
            "uddevalla", "alingsas", "kungalv", "lidkoping");

    static {
        // Hibernate logs through JBoss Logging: send it to SLF4J with the rest
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    private final EmbeddedDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final ImportStore imports;
    private final RecordStore records;
    private final SupplierRoutes routes;
    private final Path inbox;

    private SupplierPlatform(Path dir) throws Exception {
        EmbeddedDataSource create = new EmbeddedDataSource();
        create.setDatabaseName(dir.resolve("derby").toString());
        create.setCreateDatabase("create");
        create.getConnection().close();
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(create.getDatabaseName());
        SupplierSchema schema = new SupplierSchema(new LiquibaseSchemaMigrator(dataSource));
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .build();
        sessionFactory = new MetadataSources(registry)
                .addAnnotatedClass(SupplierRecordEntity.class).addAnnotatedClass(RecordHistoryEntity.class)
                .addAnnotatedClass(ImportEntity.class).addAnnotatedClass(ImportErrorEntity.class)
                .addAnnotatedClass(DeliveryCheckEntity.class)
                .buildMetadata().buildSessionFactory();
        ResourceLocalJpaTemplate jpa = new ResourceLocalJpaTemplate(sessionFactory);
        imports = new ImportStore(jpa, schema);
        records = new RecordStore(jpa, schema);
        DeliveryCheckStore checks = new DeliveryCheckStore(jpa, schema);
        SupplierRegister register = new SupplierRegister(new SupplierIngest(imports, records, checks,
                organisations(), systemClock()), imports, new DeliveryChecks(checks, systemClock(),
                unused(WorkingDayCalendar.class)));
        inbox = dir.resolve("inbox");
        routes = new SupplierRoutes(register, new DefaultCamelContext(), routesConfig(inbox));
    }

    /** Starts everything on a database and inbox under {@code dir} (created when missing). */
    public static SupplierPlatform start(Path dir) throws Exception {
        Files.createDirectories(dir);
        return new SupplierPlatform(dir);
    }

    /** @return a connection to the platform's database */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * Drops a file of delivery lines into the supplier's inbox, as a supplier would (written beside it, then moved
     * in), and waits until the route has read it.
     *
     * @return the file's receipt
     */
    public ImportReceipt dropDeliveries(Path file, Duration timeout) throws Exception {
        Path folder = Files.createDirectories(inbox.resolve(SUPPLIER).resolve("deliveries"));
        Path part = folder.resolve(file.getFileName() + ".part");
        NotifyBuilder done = new NotifyBuilder(routes.camelContext()).fromRoute("supplier-" + SUPPLIER
                + "-deliveries").whenDone(1).create();
        Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, folder.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        if (!done.matches(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the route did not read " + file.getFileName() + " within " + timeout);
        }
        return imports.imports(SUPPLIER, 1).get(0);
    }

    /** @return the folder where the route moves read files and writes error files */
    public Path done() {
        return inbox.resolve(SUPPLIER).resolve("deliveries").resolve(".done");
    }

    /** @return the content a record had before each correction, oldest first */
    public List<String> history(String deliveryId) {
        return records.history(SUPPLIER, se.avtalsvakt.api.supplier.RecordType.DELIVERIES, deliveryId);
    }

    @Override
    public void close() throws Exception {
        try {
            routes.stop();
        } finally {
            sessionFactory.close();
            try {
                EmbeddedDataSource shutdown = new EmbeddedDataSource();
                shutdown.setDatabaseName(dataSource.getDatabaseName());
                shutdown.setShutdownDatabase("shutdown");
                shutdown.getConnection().close();
            } catch (SQLException expected) {
                // Derby answers a clean shutdown with an exception (SQL state 08006)
            }
        }
    }

    private static OrganisationService organisations() {
        Set<String> known = new java.util.HashSet<>(CARE_PROVIDERS);
        known.add(SUPPLIER);
        return new OrganisationService() {
            @Override
            public List<Organisation> list() {
                return known.stream().sorted().map(SupplierPlatform::organisation).toList();
            }

            @Override
            public List<Organisation> list(OrganisationKind kind) {
                return list().stream().filter(o -> o.kind() == kind).toList();
            }

            @Override
            public Optional<Organisation> find(String id) {
                return known.contains(id) ? Optional.of(organisation(id)) : Optional.empty();
            }
        };
    }

    private static Organisation organisation(String id) {
        return new Organisation(id, id, SUPPLIER.equals(id) ? OrganisationKind.SUPPLIER
                : OrganisationKind.MUNICIPALITY, null);
    }

    private static PlatformClock systemClock() {
        ZoneId zone = ZoneId.of("Europe/Stockholm");
        return new PlatformClock() {
            @Override
            public ZoneId zone() {
                return zone;
            }

            @Override
            public Clock clock() {
                return Clock.system(zone);
            }
        };
    }

    private static <T> T unused(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName()
                    + " is not used by imports");
        }));
    }

    private static SupplierRoutesConfig routesConfig(Path inbox) {
        return new SupplierRoutesConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SupplierRoutesConfig.class;
            }

            @Override
            public String[] suppliers() {
                return new String[] {SUPPLIER};
            }

            @Override
            public String inbox() {
                return inbox.toString();
            }

            @Override
            public String sourceUri() {
                // the product's default, polling faster
                return "file:{inbox}/{supplier}/{type}?includeExt=csv,json&move=.done&moveFailed=.failed"
                        + "&readLock=changed&readLockMinAge=100&readLockCheckInterval=50&delay=100";
            }

            @Override
            public String errorUri() {
                return "file:{inbox}/{supplier}/{type}/.done";
            }

            @Override
            public int maximumRedeliveries() {
                return 0;
            }

            @Override
            public long redeliveryDelay() {
                return 0;
            }

            @Override
            public long upload_maxBytes() {
                return DEFAULT_UPLOAD_MAX_BYTES;
            }
        };
    }
}
