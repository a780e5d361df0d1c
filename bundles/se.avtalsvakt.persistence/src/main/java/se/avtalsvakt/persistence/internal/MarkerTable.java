package se.avtalsvakt.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import se.avtalsvakt.persistence.ReferenceDataFile;

/** The table {@code av_reference_data_marker}: which version of which file of which set has been loaded. */
final class MarkerTable {

    private static final int SUMMARY_LENGTH = 500;

    private final DataSource dataSource;

    MarkerTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return whether this version of {@code file} has been loaded for {@code set} */
    boolean isLoaded(String set, ReferenceDataFile file) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select 1 from av_reference_data_marker "
                     + "where data_set = ? and file_name = ? and checksum = ?")) {
            s.setString(1, set);
            s.setString(2, file.name());
            s.setString(3, file.sha256());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read av_reference_data_marker: " + e.getMessage(), e);
        }
    }

    /** Records that this version of {@code file} has been loaded for {@code set}. */
    void record(String set, ReferenceDataFile file, Instant loadedAt, String summary) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into av_reference_data_marker "
                     + "(data_set, file_name, checksum, loaded_at, summary) values (?, ?, ?, ?, ?)")) {
            s.setString(1, set);
            s.setString(2, file.name());
            s.setString(3, file.sha256());
            s.setTimestamp(4, Timestamp.from(loadedAt));
            s.setString(5, summary == null || summary.length() <= SUMMARY_LENGTH
                    ? summary : summary.substring(0, SUMMARY_LENGTH));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write av_reference_data_marker: " + e.getMessage(), e);
        }
    }
}
