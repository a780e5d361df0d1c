package se.avtalsvakt.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import se.avtalsvakt.persistence.SchemaMigrator;
import se.avtalsvakt.persistence.internal.LiquibaseSchemaMigrator;

/**
 * A fresh in-memory Derby database migrated with a bundle's real Liquibase changelog, with a {@link JpaTemplate}
 * over the entities its real persistence unit lists: for repository tests outside OSGi. Make one per test class
 * ({@code @BeforeClass}) and give each test its own ids; {@link #close()} drops it.
 *
 * <pre>
 * db = TestDatabase.migrated("db/agreement/changelog.xml", "avtalsvakt-agreement", AgreementRepository.class);
 * repository = new AgreementRepository(db.jpa(), ...);
 * </pre>
 */
public final class TestDatabase implements AutoCloseable {

    private static final String OWN_CHANGELOG = "db/persistence/changelog.xml";

    private final EmbeddedDataSource dataSource;
    private final LiquibaseSchemaMigrator migrator;
    private final SessionFactory sessionFactory;
    private final JpaTemplate jpa;

    private TestDatabase(EmbeddedDataSource dataSource, LiquibaseSchemaMigrator migrator,
            SessionFactory sessionFactory) {
        this.dataSource = dataSource;
        this.migrator = migrator;
        this.sessionFactory = sessionFactory;
        this.jpa = sessionFactory == null ? null : new ResourceLocalJpaTemplate(sessionFactory);
    }

    /**
     * @param changelog the bundle's changelog, e.g. {@code db/agreement/changelog.xml}
     * @param unit      the name of the bundle's persistence unit in its {@code META-INF/persistence.xml}, whose
     *                  {@code <class>} entries are mapped; null for a database without JPA
     * @param bundle    a class of the bundle: its class loader reads the changelog and the persistence unit
     * @return a new database, migrated (the platform's own changelog first, as in Karaf)
     */
    public static TestDatabase migrated(String changelog, String unit, Class<?> bundle) {
        EmbeddedDataSource create = new EmbeddedDataSource();
        create.setDatabaseName("memory:test-" + UUID.randomUUID());
        create.setCreateDatabase("create");
        try {
            create.getConnection().close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create an in-memory Derby database: " + e.getMessage(), e);
        }
        // without "create" from here on: Derby would warn on every connection that the database exists
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(create.getDatabaseName());
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator(dataSource);
        migrator.migrate(changelog, bundle.getClassLoader());
        return new TestDatabase(dataSource, migrator,
                unit == null ? null : sessionFactory(dataSource, entities(unit, bundle.getClassLoader())));
    }

    /**
     * A database on which only the first changesets of a changelog ran (after the platform's own changelog): to test
     * that a later changeset carries existing rows over. Run the rest with {@code migrator().migrate(changelog, …)}.
     *
     * @param changelog  the bundle's changelog
     * @param changesets how many of its changesets to run
     * @param bundle     a class of the bundle
     * @return a new database without JPA
     */
    public static TestDatabase withFirstChangesets(String changelog, int changesets, Class<?> bundle) {
        TestDatabase db = migrated(OWN_CHANGELOG, null, TestDatabase.class);
        try (Connection c = db.dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            if (database instanceof DerbyDatabase derby) {
                derby.setShutdownEmbeddedDerby(false);
            }
            new Liquibase(changelog, new ClassLoaderResourceAccessor(bundle.getClassLoader()), database)
                    .update(changesets, new Contexts(), new LabelExpression());
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException(changelog + ": " + e.getMessage(), e);
        }
        return db;
    }

    /** @return the database */
    public DataSource dataSource() {
        return dataSource;
    }

    /** @return the migrator that migrated it, to hand to a bundle's schema component */
    public SchemaMigrator migrator() {
        return migrator;
    }

    /** @return a template over the persistence unit's entities; each call one transaction, nested calls joined */
    public JpaTemplate jpa() {
        if (jpa == null) {
            throw new IllegalStateException("this database was made without a persistence unit");
        }
        return jpa;
    }

    /** @return the entity manager factory behind {@link #jpa()} */
    public EntityManagerFactory entityManagerFactory() {
        return sessionFactory;
    }

    /**
     * Runs SQL statements, e.g. to set up rows a test needs that no repository writes.
     *
     * @param statements the statements, run in order, each committed
     */
    public void execute(String... statements) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * @param sql a query
     * @return its rows, each as its columns' values joined by {@code |}
     */
    public List<String> rows(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** @return whether the table exists (Derby's upper-case name) */
    public boolean hasTable(String table) {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, table.toUpperCase(java.util.Locale.ROOT), null)) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Closes the entity manager factory and drops the database. */
    @Override
    public void close() {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(dataSource.getDatabaseName());
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException dropped) {
            // Derby answers a successful drop with an exception (SQLState 08006)
            if (!"08006".equals(dropped.getSQLState())) {
                throw new IllegalStateException(dropped.getMessage(), dropped);
            }
        }
    }

    private static SessionFactory sessionFactory(DataSource dataSource, List<Class<?>> entities) {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        entities.forEach(sources::addAnnotatedClass);
        return sources.buildMetadata().buildSessionFactory();
    }

    /** @return the classes the persistence unit {@code unit} lists, loaded */
    static List<Class<?>> entities(String unit, ClassLoader loader) {
        try {
            Enumeration<URL> files = loader.getResources("META-INF/persistence.xml");
            while (files.hasMoreElements()) {
                List<Class<?>> classes = entitiesIn(files.nextElement(), unit, loader);
                if (classes != null) {
                    return classes;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read META-INF/persistence.xml: " + e.getMessage(), e);
        }
        throw new IllegalStateException("no persistence unit " + unit + " in any META-INF/persistence.xml");
    }

    private static List<Class<?>> entitiesIn(URL file, String unit, ClassLoader loader) throws IOException {
        try (InputStream in = file.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList units = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "persistence-unit");
            for (int i = 0; i < units.getLength(); i++) {
                Element element = (Element) units.item(i);
                if (unit.equals(element.getAttribute("name"))) {
                    List<Class<?>> classes = new ArrayList<>();
                    NodeList names = element.getElementsByTagNameNS("*", "class");
                    for (int j = 0; j < names.getLength(); j++) {
                        classes.add(Class.forName(names.item(j).getTextContent().trim(), true, loader));
                    }
                    return classes;
                }
            }
            return null;
        } catch (ParserConfigurationException | SAXException | ClassNotFoundException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
