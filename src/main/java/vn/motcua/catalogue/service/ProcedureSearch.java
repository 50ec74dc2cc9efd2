package vn.motcua.catalogue.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a search's words become SQL over the published catalogue. Each word is a term that must be found in
 * the procedure's name or in its field's or agency's name:
 * <ul>
 * <li>as typed, anywhere in a word (type-ahead);</li>
 * <li>or, for words of a synonym list ({@code search_synonym}: "gpxd", "so do"), as any of the term's
 * expansions;</li>
 * <li>or within one typo (one edit, or two neighbouring letters swapped), but only for a word that the
 * catalogue holds nowhere as typed: typos are forgiven where that adds something, never to drown exact
 * matches ("khai sinh" must not bring "khám bệnh ... lĩnh").</li>
 * </ul>
 * The order: most terms starting a word of the name, then most whole words of the name, then the typed
 * phrase earliest in the name, then the closest and shortest name. So a match in the name ranks above a
 * match in the field or agency only.
 */
final class ProcedureSearch {

    /** Words this short are matched exactly: one edit would match almost anything. */
    static final int MIN_FUZZY_LENGTH = 3;
    /** The longest synonym term, in words. */
    static final int MAX_TERM_WORDS = 4;

    /** The name, field and agency of {@code p}, {@code f} and {@code a}, as one folded text. */
    static final String EVERYTHING = "(p.search_text || ' ' || f.search_text || ' ' || a.search_text)";

    /**
     * One term of the search: the words as typed, and what else stands for them. {@code fuzzy} when the
     * single word is nowhere in the catalogue as typed.
     */
    record Term(List<String> words, List<String> expansions, boolean fuzzy) {
    }

    private ProcedureSearch() {
    }

    /**
     * Every run of one to {@link #MAX_TERM_WORDS} neighbouring words: what the synonym list is asked for.
     */
    static List<String> candidateTerms(List<String> words) {
        List<String> candidates = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            for (int end = start + 1; end <= Math.min(words.size(), start + MAX_TERM_WORDS); end++) {
                candidates.add(String.join(" ", words.subList(start, end)));
            }
        }
        return candidates;
    }

    /**
     * The search's terms, left to right, each the longest run of words that the synonym list knows, or a
     * single word; {@code unknownAsTyped} are the words that the catalogue holds nowhere as typed.
     */
    static List<Term> terms(List<String> words, Map<String, List<String>> synonyms, Set<String> unknownAsTyped) {
        List<Term> terms = new ArrayList<>();
        int start = 0;
        while (start < words.size()) {
            int end = Math.min(words.size(), start + MAX_TERM_WORDS);
            while (end > start + 1 && !synonyms.containsKey(String.join(" ", words.subList(start, end)))) {
                end--;
            }
            List<String> run = words.subList(start, end);
            List<String> expansions = synonyms.getOrDefault(String.join(" ", run), List.of());
            boolean fuzzy = run.size() == 1 && expansions.isEmpty() && unknownAsTyped.contains(run.get(0));
            terms.add(new Term(List.copyOf(run), expansions, fuzzy));
            start = end;
        }
        return terms;
    }

    /** Whether a word gets typo variants at all, if the catalogue lacks it as typed. */
    static boolean mayBeFuzzy(String word) {
        return word.length() >= MIN_FUZZY_LENGTH;
    }

    /** The word with each pair of neighbouring letters swapped: Levenshtein counts a swap as two edits. */
    static List<String> swaps(String word) {
        List<String> swapped = new ArrayList<>();
        for (int i = 0; i + 1 < word.length(); i++) {
            char[] letters = word.toCharArray();
            letters[i] = word.charAt(i + 1);
            letters[i + 1] = word.charAt(i);
            swapped.add(new String(letters));
        }
        return swapped;
    }
}
