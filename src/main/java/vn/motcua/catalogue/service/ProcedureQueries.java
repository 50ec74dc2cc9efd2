package vn.motcua.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.Field;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureFilter;
import vn.motcua.common.BadInputException;
import vn.motcua.common.LimitsConfig;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.Page;
import vn.motcua.common.SearchText;

/**
 * Reads the published catalogue. Search folds the query like the stored text (see {@link SearchText})
 * and matches every word either as a substring (type-ahead) or within one typo of a whole word: one
 * edit (Levenshtein) or two neighbouring letters swapped ("dugn" for "dung"); the best match comes first.
 */
@ApplicationScoped
public class ProcedureQueries {

    /** Words this short are matched exactly: one edit would match almost anything. */
    static final int MIN_FUZZY_LENGTH = 3;

    @Inject
    EntityManager em;
    @Inject
    LimitsConfig limits;

    /**
     * The words of a search, refused before any work when the search has too many words or a word longer
     * than any real one: each word costs a clause and typo variants. (Its length is the argument's bound.)
     */
    List<String> searchWords(String search) {
        if (search == null) {
            return List.of();
        }
        List<String> words = SearchText.words(search, limits.searchWords() + 1);
        if (words.size() > limits.searchWords()) {
            throw new BadInputException("A search has at most " + limits.searchWords() + " words");
        }
        if (words.stream().anyMatch(w -> w.length() > limits.searchWordCharacters())) {
            throw new BadInputException("A word of a search has at most " + limits.searchWordCharacters() + " letters");
        }
        return words;
    }

    public Page<Procedure> findPublished(ProcedureFilter filter, int offset, int limit) {
        List<String> words = searchWords(filter.search());
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Object> rankParams = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" from procedure p where p.status = 'PUBLISHED'");
        if (filter.agencyCode() != null) {
            Agency agency = Agency.findByCode(filter.agencyCode())
                    .orElseThrow(() -> new NotFoundException("No agency with code " + filter.agencyCode()));
            where.append(" and p.agency_id = :agencyId");
            params.put("agencyId", agency.id);
        }
        if (filter.fieldCode() != null) {
            Field field = Field.findByCode(filter.fieldCode())
                    .orElseThrow(() -> new NotFoundException("No field with code " + filter.fieldCode()));
            where.append(" and p.field_id = :fieldId");
            params.put("fieldId", field.id);
        }
        if (filter.onlineLevel() != null) {
            where.append(" and p.online_level = :onlineLevel");
            params.put("onlineLevel", filter.onlineLevel().name());
        }
        StringBuilder wholeWordHits = new StringBuilder("0");
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            where.append(" and (p.search_text like :like").append(i);
            params.put("like" + i, "%" + word + "%");
            if (word.length() >= MIN_FUZZY_LENGTH) {
                where.append(" or exists (select 1 from regexp_split_to_table(p.search_text, ' ') w")
                        .append(" where levenshtein(w, :word").append(i).append(") <= 1 or w in (:swapped")
                        .append(i).append("))");
                params.put("word" + i, word);
                params.put("swapped" + i, swaps(word));
            }
            where.append(")");
            wholeWordHits.append(" + (case when ' ' || p.search_text || ' ' like :whole").append(i)
                    .append(" then 1 else 0 end)");
            rankParams.put("whole" + i, "% " + word + " %");
        }

        Query count = em.createNativeQuery("select count(*)" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        String order = words.isEmpty()
                ? " order by p.name, p.code"
                // most words typed exactly, then the typed phrase earliest in the name, then the closest
                // and shortest name: "giay phep xay dung" puts "Cấp giấy phép xây dựng..." first
                : " order by " + wholeWordHits + " desc, nullif(strpos(p.search_text, :query), 0) asc nulls last,"
                        + " word_similarity(:query, p.search_text) desc, length(p.search_text), p.code";
        Query page = em.createNativeQuery("select p.*" + where + order, Procedure.class);
        params.forEach(page::setParameter);
        if (!words.isEmpty()) {
            rankParams.forEach(page::setParameter);
            page.setParameter("query", String.join(" ", words));
        }
        @SuppressWarnings("unchecked")
        List<Procedure> items = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(items, offset, total);
    }

    /** The word with each pair of neighbouring letters swapped: Levenshtein counts a swap as two edits. */
    static List<String> swaps(String word) {
        List<String> swapped = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < word.length(); i++) {
            char[] letters = word.toCharArray();
            letters[i] = word.charAt(i + 1);
            letters[i + 1] = word.charAt(i);
            swapped.add(new String(letters));
        }
        return swapped;
    }
}
