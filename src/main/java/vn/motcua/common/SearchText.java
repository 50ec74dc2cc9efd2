package vn.motcua.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text the way people type it: lower case, no tone marks or diacritics
 * ("Cấp giấy phép xây dựng" becomes "cap giay phep xay dung"). Stored text and queries are folded
 * by this one function, so they always agree.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Anything but letters and digits separates words; a dot survives only inside a code like 1.000948. */
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9.]+|(?<![0-9])\\.|\\.(?![0-9])");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // đ/Đ has no decomposition in Unicode: map it by hand before stripping the marks.
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").trim().replaceAll(" +", " ");
    }

    /** Distinct words of the folded query, at most {@code max}. */
    public static List<String> words(String query, int max) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(folded.split(" ")).filter(w -> !w.isBlank()).distinct().limit(max).toList();
    }
}
