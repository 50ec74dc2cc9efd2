package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.motcua.common.SearchText;

/**
 * Fills V14's {@code search_text} of the agencies and fields that exist, with the same Java fold that writes
 * them from now on: a second fold in SQL could disagree with it on some letter.
 */
public class V15__Fold_agency_and_field_names extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (String table : new String[] {"agency", "field"}) {
            try (Statement read = connection.createStatement();
                    ResultSet rows = read.executeQuery("select id, name from " + table);
                    PreparedStatement write = connection.prepareStatement(
                            "update " + table + " set search_text = ? where id = ?")) {
                while (rows.next()) {
                    write.setString(1, SearchText.fold(rows.getString("name")));
                    write.setLong(2, rows.getLong("id"));
                    write.addBatch();
                }
                write.executeBatch();
            }
        }
    }
}
