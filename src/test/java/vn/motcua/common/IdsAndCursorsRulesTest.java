package vn.motcua.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Global IDs, cursors and page sizes, without starting anything. */
class IdsAndCursorsRulesTest {

    @Test
    void globalIdsRoundTripAndRefuseWhatWeDidNotIssue() {
        String id = GlobalId.encode("Ticket", 42L);
        assertEquals(new GlobalId("Ticket", 42), GlobalId.decode(id));
        assertThrows(BadInputException.class, () -> GlobalId.decode("not base64 !"));
        assertThrows(BadInputException.class, () -> GlobalId.decode(java.util.Base64.getUrlEncoder()
                .encodeToString("Ticket".getBytes())));
    }

    @Test
    void cursorsArePositionsAndPageSizesAreCapped() {
        assertEquals(0, Page.startAfter(null, 20));
        assertEquals(8, Page.startAfter(Page.cursor(7), 20));
        assertThrows(BadInputException.class, () -> Page.startAfter("garbage", 20));
        assertThrows(BadInputException.class, () -> Page.requireSize(0));
        assertThrows(BadInputException.class, () -> Page.requireSize(Page.MAX_PAGE_SIZE + 1));
    }

    @Test
    void searchTextFoldsVietnameseTheWayPeopleType() {
        assertEquals("cap giay phep xay dung", SearchText.fold("Cấp giấy phép XÂY DỰNG"));
        assertEquals("dang ky ho kinh doanh", SearchText.fold("Đăng ký hộ kinh doanh"));
        assertEquals("thu tuc 1.000948", SearchText.fold("Thủ tục 1.000948."));
        assertEquals(java.util.List.of("giay", "phep"), SearchText.words("giấy  phép giấy", 8));
    }
}
