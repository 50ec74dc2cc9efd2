package vn.motcua.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.motcua.catalogue.AgencyKind;
import vn.motcua.catalogue.Channel;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureLevel;

/**
 * The reference center's catalogue at its real size: 18 departments and 4 vertical agencies, 121 + 9
 * fields (real names, from {@code demo/agencies.txt}) and 1,011 procedures. The procedures named in
 * that file are real; the rest are generated from the field's name. Every procedure is marked as demo
 * data: the codes are invented. Generation is seeded, so every load produces the same catalogue.
 */
final class DemoCatalogue {

    static final int PROCEDURE_COUNT = 1011;

    record DemoAgency(AgencyKind kind, String code, String name, List<DemoField> fields) {
    }

    record DemoField(String code, String name, List<String> realProcedures) {
    }

    record DemoProcedure(String code, String name, DemoAgency agency, DemoField field, ProcedureLevel level,
            boolean forCitizens, boolean forOrganisations, OnlineLevel onlineLevel, boolean hasAppointment,
            List<DemoChannel> channels, List<DemoDocument> documents, List<DemoCase> cases) {
    }

    record DemoChannel(Channel channel, int processingDays, long feeVnd) {
    }

    record DemoDocument(String name, int originals, int copies) {
    }

    record DemoCase(String name, Integer processingDays) {
    }

    private static final String[] ACTIONS = {
        "Cấp giấy phép hoạt động", "Cấp lại giấy phép hoạt động", "Gia hạn giấy phép hoạt động",
        "Điều chỉnh giấy phép hoạt động", "Cấp giấy chứng nhận đủ điều kiện", "Cấp lại giấy chứng nhận đủ điều kiện",
        "Đăng ký hoạt động", "Thẩm định hồ sơ", "Công nhận", "Thu hồi giấy phép", "Cấp chứng chỉ hành nghề",
        "Cấp lại chứng chỉ hành nghề", "Xác nhận", "Phê duyệt",
    };
    private static final String[] DOCUMENTS = {
        "Đơn đề nghị theo mẫu", "Bản sao Căn cước công dân của người đề nghị", "Giấy ủy quyền (nếu có)",
        "Bản sao giấy chứng nhận đăng ký doanh nghiệp", "Bản thuyết minh điều kiện hoạt động",
        "Bản sao văn bằng, chứng chỉ chuyên môn", "Giấy khám sức khỏe", "Ảnh 4x6 chụp trong thời gian 6 tháng",
        "Bản vẽ thiết kế", "Tờ khai theo mẫu",
    };

    private static final Set<String> COMMUNE_FIELDS = Set.of("Hộ tịch", "Chứng thực");

    private DemoCatalogue() {
    }

    static List<DemoAgency> agencies() {
        List<DemoAgency> agencies = new ArrayList<>();
        try (InputStream in = DemoCatalogue.class.getResourceAsStream("/demo/agencies.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            DemoAgency agency = null;
            DemoField field = null;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    String[] parts = line.substring(1).split("\\|");
                    agency = new DemoAgency(AgencyKind.valueOf(parts[0].strip()), parts[1].strip(), parts[2].strip(),
                            new ArrayList<>());
                    agencies.add(agency);
                } else if (line.startsWith(">")) {
                    field.realProcedures().add(line.substring(1).strip());
                } else {
                    field = new DemoField(agency.code() + "-" + String.format("%02d", agency.fields().size() + 1), line,
                            new ArrayList<>());
                    agency.fields().add(field);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return agencies;
    }

    static List<DemoProcedure> procedures(List<DemoAgency> agencies) {
        Random random = new Random(2025_0701L);
        List<DemoField> fields = new ArrayList<>();
        List<DemoAgency> owners = new ArrayList<>();
        agencies.forEach(a -> a.fields().forEach(f -> {
            fields.add(f);
            owners.add(a);
        }));
        List<DemoProcedure> procedures = new ArrayList<>(PROCEDURE_COUNT);
        for (int i = 0; i < PROCEDURE_COUNT; i++) {
            // spread evenly over the fields, each field's real procedures first
            int fieldIndex = i % fields.size();
            DemoField field = fields.get(fieldIndex);
            int nth = i / fields.size();
            String name = nth < field.realProcedures().size()
                    ? field.realProcedures().get(nth)
                    : ACTIONS[(nth + fieldIndex) % ACTIONS.length] + " trong lĩnh vực " + lowerFirst(field.name())
                            + (nth >= ACTIONS.length ? " (trường hợp " + (nth / ACTIONS.length + 1) + ")" : "");
            procedures.add(generate(random, i, name, owners.get(fieldIndex), field));
        }
        return procedures;
    }

    private static DemoProcedure generate(Random random, int index, String name, DemoAgency agency, DemoField field) {
        String code = (agency.kind() == AgencyKind.VERTICAL ? "2." : "1.") + String.format("%06d", 1000 + index * 7);
        int days = new int[] {0, 1, 3, 5, 7, 10, 15, 20, 30}[random.nextInt(9)];
        OnlineLevel online = OnlineLevel.values()[random.nextInt(3)];
        long fee = random.nextInt(3) == 0 ? 0 : 50_000L * (1 + random.nextInt(20));
        List<DemoChannel> channels = new ArrayList<>();
        channels.add(new DemoChannel(Channel.DIRECT, days, fee));
        if (online != OnlineLevel.NONE) {
            channels.add(new DemoChannel(Channel.ONLINE, Math.max(0, days - 1), fee));
        }
        if (random.nextBoolean()) {
            channels.add(new DemoChannel(Channel.POSTAL, days, fee));
        }
        List<DemoDocument> documents = new ArrayList<>();
        int documentCount = 2 + random.nextInt(4);
        int first = random.nextInt(DOCUMENTS.length);
        for (int d = 0; d < documentCount; d++) {
            documents.add(new DemoDocument(DOCUMENTS[(first + d) % DOCUMENTS.length], d == 0 ? 1 : random.nextInt(2),
                    random.nextInt(2)));
        }
        List<DemoCase> cases = new ArrayList<>();
        if (index % 10 == 3) {
            cases.add(new DemoCase("Trường hợp hồ sơ đầy đủ, hợp lệ", days));
            cases.add(new DemoCase("Trường hợp phải kiểm tra thực tế", days + 5));
        }
        boolean forOrganisations = random.nextInt(3) > 0;
        boolean forCitizens = !forOrganisations || random.nextBoolean();
        // the civil status and certification procedures are the communes' since the district level went (2025)
        ProcedureLevel level = agency.kind() == AgencyKind.VERTICAL ? ProcedureLevel.CENTRAL
                : COMMUNE_FIELDS.contains(field.name()) && !name.contains("nước ngoài") ? ProcedureLevel.COMMUNE
                        : ProcedureLevel.PROVINCIAL;
        return new DemoProcedure(code, name, agency, field, level, forCitizens, forOrganisations, online, days > 0,
                channels, documents, cases);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
