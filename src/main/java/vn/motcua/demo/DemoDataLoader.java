package vn.motcua.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.motcua.common.SearchText;
import vn.motcua.common.time.CenterClock;
import vn.motcua.demo.DemoCatalogue.DemoAgency;
import vn.motcua.demo.DemoCatalogue.DemoField;
import vn.motcua.demo.DemoCatalogue.DemoProcedure;
import vn.motcua.dossier.service.LookupSecrets;

/**
 * Loads the reference center when {@code motcua.demo.enabled} is true (dev and test profiles, or
 * MOTCUA_DEMO_DATA=true). It is one transaction that starts by checking for the center, so loading
 * twice, or from two instances at once, changes nothing.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String CENTER_CODE = "BLU";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    DemoConfig config;
    @Inject
    DataSource dataSource;
    @Inject
    CenterClock clock;
    @Inject
    LookupSecrets secrets;

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            long started = System.nanoTime();
            boolean loaded = load();
            LOG.infof(loaded ? "Demo data loaded in %d ms" : "Demo data already present (checked in %d ms)",
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Transactional
    public boolean load() {
        try (Connection c = dataSource.getConnection()) {
            // serialises concurrent loaders; the second one then sees the center and stops
            try (Statement lock = c.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(20250701)");
            }
            try (PreparedStatement exists = c.prepareStatement("select 1 from center where code = ?")) {
                exists.setString(1, CENTER_CODE);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        rehashDemoSecrets(c);
                        return false;
                    }
                }
            }
            insertCenter(c);
            List<DemoAgency> agencies = DemoCatalogue.agencies();
            Map<String, Long> agencyIds = insertAgencies(c, agencies);
            Map<String, Long> fieldIds = insertFields(c, agencies, agencyIds);
            insertProcedures(c, DemoCatalogue.procedures(agencies), agencyIds, fieldIds);
            insertCountersAndGroups(c);
            DemoDossierHistory.generate(c, config.dossiers(), 0.2025, clock.today(), clock.zoneId(),
                    secrets.hash(DemoDossierHistory.DEMO_SECRET));
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the demo data failed", e);
        }
    }

    /** Demo dossiers keep opening with the demo secret after the server's look-up key changes. */
    private void rehashDemoSecrets(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update dossier set lookup_secret_hash = ? where demo and lookup_secret_hash <> ?")) {
            String hash = secrets.hash(DemoDossierHistory.DEMO_SECRET);
            ps.setString(1, hash);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
    }

    private void insertCenter(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into center (code, name, province, address, demo) values (?, ?, ?, ?, false)")) {
            ps.setString(1, CENTER_CODE);
            ps.setString(2, "Trung tâm Phục vụ hành chính công tỉnh Bạc Liêu");
            ps.setString(3, "Cà Mau");
            ps.setString(4, "Bạc Liêu (cơ sở của tỉnh Cà Mau từ năm 2025)");
            ps.executeUpdate();
        }
        // two commune service points beside it (two tiers since 2025): one the province lets receive its own
        // procedures on its behalf, one that receives the commune's only
        try (PreparedStatement ps = c.prepareStatement("insert into center (code, name, province, address, tier,"
                + " receives_provincial, demo) values (?, ?, 'Cà Mau', ?, 'COMMUNE', ?, true)")) {
            for (Object[] point : new Object[][] {
                { "BLU-P1", "Bộ phận một cửa phường Bạc Liêu", "Phường Bạc Liêu, tỉnh Cà Mau", true },
                { "BLU-VT", "Bộ phận một cửa xã Vĩnh Trạch", "Xã Vĩnh Trạch, tỉnh Cà Mau", false } }) {
                ps.setString(1, (String) point[0]);
                ps.setString(2, (String) point[1]);
                ps.setString(3, (String) point[2]);
                ps.setBoolean(4, (Boolean) point[3]);
                ps.executeUpdate();
            }
        }
    }

    private Map<String, Long> insertAgencies(Connection c, List<DemoAgency> agencies) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into agency (code, name, kind, search_text, demo) values (?, ?, ?, ?, false)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (DemoAgency a : agencies) {
                ps.setString(1, a.code());
                ps.setString(2, a.name());
                ps.setString(3, a.kind().name());
                ps.setString(4, SearchText.fold(a.name()));
                ps.addBatch();
            }
            return keysByCode(ps, agencies.stream().map(DemoAgency::code).toList());
        }
    }

    private Map<String, Long> insertFields(Connection c, List<DemoAgency> agencies, Map<String, Long> agencyIds)
            throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("insert into field (code, name, agency_id, search_text, demo) values (?, ?, ?, ?, false)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (DemoAgency a : agencies) {
                for (DemoField f : a.fields()) {
                    ps.setString(1, f.code());
                    ps.setString(2, f.name());
                    ps.setLong(3, agencyIds.get(a.code()));
                    ps.setString(4, SearchText.fold(f.name()));
                    ps.addBatch();
                    codes.add(f.code());
                }
            }
            return keysByCode(ps, codes);
        }
    }

    private void insertProcedures(Connection c, List<DemoProcedure> procedures, Map<String, Long> agencyIds,
            Map<String, Long> fieldIds) throws SQLException {
        Map<String, Long> procedureIds;
        try (PreparedStatement ps = c.prepareStatement("""
                insert into procedure (code, version, status, name, search_text, agency_id, field_id, level,
                    for_citizens, for_organisations, steps, conditions, legal_basis, result_type, online_level,
                    publication_decision, effective_from, has_appointment, demo, published_at)
                values (?, 1, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, now())""",
                Statement.RETURN_GENERATED_KEYS)) {
            for (DemoProcedure p : procedures) {
                int i = 1;
                ps.setString(i++, p.code());
                ps.setString(i++, p.name());
                ps.setString(i++, SearchText.fold(p.name() + " " + p.code()));
                ps.setLong(i++, agencyIds.get(p.agency().code()));
                ps.setLong(i++, fieldIds.get(p.field().code()));
                ps.setString(i++, p.level().name());
                ps.setBoolean(i++, p.forCitizens());
                ps.setBoolean(i++, p.forOrganisations());
                ps.setString(i++, "Bước 1: Nộp hồ sơ tại Trung tâm Phục vụ hành chính công hoặc trực tuyến."
                        + " Bước 2: " + p.agency().name() + " thẩm định hồ sơ. Bước 3: Trả kết quả.");
                ps.setString(i++, "Theo quy định của pháp luật chuyên ngành về " + p.field().name().toLowerCase());
                ps.setString(i++, "Dữ liệu minh họa (demo): căn cứ pháp lý chưa được công bố");
                ps.setString(i++, "Văn bản chấp thuận hoặc giấy phép");
                ps.setString(i++, p.onlineLevel().name());
                ps.setString(i++, "Quyết định công bố thủ tục hành chính (dữ liệu minh họa)");
                ps.setDate(i++, Date.valueOf(LocalDate.of(2025, 7, 1)));
                ps.setBoolean(i, p.hasAppointment());
                ps.addBatch();
            }
            procedureIds = keysByCode(ps, procedures.stream().map(DemoProcedure::code).toList());
        }
        try (PreparedStatement channels = c.prepareStatement(
                "insert into procedure_channel (procedure_id, channel, processing_days, fee_vnd) values (?, ?, ?, ?)");
                PreparedStatement documents = c.prepareStatement(
                        "insert into required_document (procedure_id, position, name, originals, copies) values (?, ?, ?, ?, ?)");
                PreparedStatement cases = c.prepareStatement(
                        "insert into procedure_case (procedure_id, position, name, processing_days) values (?, ?, ?, ?)")) {
            for (DemoProcedure p : procedures) {
                long id = procedureIds.get(p.code());
                for (DemoCatalogue.DemoChannel ch : p.channels()) {
                    channels.setLong(1, id);
                    channels.setString(2, ch.channel().name());
                    channels.setInt(3, ch.processingDays());
                    channels.setLong(4, ch.feeVnd());
                    channels.addBatch();
                }
                for (int d = 0; d < p.documents().size(); d++) {
                    DemoCatalogue.DemoDocument doc = p.documents().get(d);
                    documents.setLong(1, id);
                    documents.setInt(2, d + 1);
                    documents.setString(3, doc.name());
                    documents.setInt(4, doc.originals());
                    documents.setInt(5, doc.copies());
                    documents.addBatch();
                }
                for (int k = 0; k < p.cases().size(); k++) {
                    cases.setLong(1, id);
                    cases.setInt(2, k + 1);
                    cases.setString(3, p.cases().get(k).name());
                    cases.setObject(4, p.cases().get(k).processingDays());
                    cases.addBatch();
                }
            }
            channels.executeBatch();
            documents.executeBatch();
            cases.executeBatch();
        }
    }

    /**
     * One service group per agency (letters A, B, ... skipping I and O, which read as digits) and the
     * reference center's 32 counters, each serving two agencies' groups in order of preference.
     */
    private void insertCountersAndGroups(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("""
                    with letters as (
                      select l, row_number() over (order by l) as n
                      from unnest(string_to_array('A,B,C,D,E,F,G,H,K,L,M,N,P,Q,R,S,T,U,V,X,Y,Z', ',')) l
                    ), agencies as (select id, name, row_number() over (order by kind, code) as n from agency)
                    insert into service_group (center_id, code, name)
                    select (select id from center where code = 'BLU'), letters.l, agencies.name
                    from agencies join letters on letters.n = agencies.n""");
            st.executeUpdate("""
                    insert into service_group_agency (group_id, agency_id)
                    select g.id, a.id from service_group g join agency a on a.name = g.name""");
            st.executeUpdate("""
                    insert into counter (center_id, code, name)
                    select (select id from center where code = 'BLU'), 'Q' || lpad(i::text, 2, '0'), 'Quầy số ' || i
                    from generate_series(1, 32) i""");
            st.executeUpdate("""
                    with groups as (select id, row_number() over (order by code) - 1 as n, count(*) over () as total
                                    from service_group),
                         counters as (select id, row_number() over (order by code) - 1 as n from counter)
                    insert into counter_profile (counter_id, group_id, preference)
                    select c.id, g.id, 1 from counters c join groups g on g.n = c.n % g.total
                    union all
                    select c.id, g.id, 2 from counters c join groups g on g.n = (c.n + 7) % g.total""");
        }
    }

    /** Runs the batch and maps each code to its generated id (keys come back in insertion order). */
    private static Map<String, Long> keysByCode(PreparedStatement ps, List<String> codes) throws SQLException {
        ps.executeBatch();
        Map<String, Long> ids = new HashMap<>();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            int i = 0;
            while (keys.next()) {
                ids.put(codes.get(i++), keys.getLong("id"));
            }
        }
        if (ids.size() != codes.size()) {
            throw new IllegalStateException("Expected " + codes.size() + " generated keys, got " + ids.size());
        }
        return ids;
    }
}
