package vn.motcua.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.Field;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureAvailability;
import vn.motcua.catalogue.ProcedureFilter;
import vn.motcua.catalogue.service.ProcedureSearch.Term;
import vn.motcua.common.BadInputException;
import vn.motcua.common.LimitsConfig;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.Page;
import vn.motcua.common.SearchText;
import vn.motcua.common.time.CenterClock;

/**
 * Reads the published catalogue. Search folds the query like the stored text (see {@link SearchText}) and
 * matches it as {@link ProcedureSearch} says; the best match comes first.
 */
@ApplicationScoped
public class ProcedureQueries {

    @Inject
    EntityManager em;
    @Inject
    LimitsConfig limits;
    @Inject
    CenterClock clock;

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

    /** The published version of a code while it is listed: upcoming or in effect, not past its last day. */
    public Optional<Procedure> listed(String code) {
        return Procedure.findPublished(code).filter(p -> p.availabilityOn(clock.utcToday()) != ProcedureAvailability.ENDED);
    }

    public Page<Procedure> findPublished(ProcedureFilter filter, int offset, int limit) {
        List<String> words = searchWords(filter.search());
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Object> rankParams = new LinkedHashMap<>();
        // the field's and agency's names only matter to a search; without one, the page is an index range
        StringBuilder where = new StringBuilder(words.isEmpty() ? " from procedure p where p.status = 'PUBLISHED'"
                : " from procedure p join field f on f.id = p.field_id join agency a on a.id = p.agency_id"
                        + " where p.status = 'PUBLISHED'");
        // listed until its last day: upcoming ones are shown (availability says they cannot be filed yet)
        where.append(" and (p.effective_to is null or p.effective_to >= :today)");
        params.put("today", clock.utcToday());
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
        List<Term> terms = words.isEmpty() ? List.of() : ProcedureSearch.terms(words, synonyms(words), unknownAsTyped(words));
        StringBuilder startsAWordOfTheName = new StringBuilder("0");
        StringBuilder wholeWordsOfTheName = new StringBuilder("0");
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            List<String> spellings = new ArrayList<>();
            List<String> asTyped = new ArrayList<>();
            for (int w = 0; w < term.words().size(); w++) {
                String name = "t" + t + "w" + w;
                asTyped.add(ProcedureSearch.EVERYTHING + " like :" + name);
                params.put(name, "%" + term.words().get(w) + "%");
            }
            spellings.add(String.join(" and ", asTyped));
            if (term.fuzzy()) {
                spellings.add("exists (select 1 from regexp_split_to_table(" + ProcedureSearch.EVERYTHING + ", ' ') x"
                        + " where levenshtein(x, :t" + t + "typo) <= 1 or x in (:t" + t + "swapped))");
                params.put("t" + t + "typo", term.words().get(0));
                params.put("t" + t + "swapped", ProcedureSearch.swaps(term.words().get(0)));
            }
            List<String> inTheName = new ArrayList<>();
            List<String> wholeInTheName = new ArrayList<>();
            List<String> phrases = new ArrayList<>(term.expansions());
            phrases.add(0, String.join(" ", term.words()));
            for (int e = 0; e < phrases.size(); e++) {
                String name = "t" + t + "e" + e;
                if (e > 0) {
                    spellings.add(ProcedureSearch.EVERYTHING + " like :" + name + "any");
                    params.put(name + "any", "%" + phrases.get(e) + "%");
                }
                inTheName.add("' ' || p.search_text like :" + name + "start");
                rankParams.put(name + "start", "% " + phrases.get(e) + "%");
                wholeInTheName.add("' ' || p.search_text || ' ' like :" + name + "whole");
                rankParams.put(name + "whole", "% " + phrases.get(e) + " %");
            }
            where.append(" and ((").append(String.join(") or (", spellings)).append("))");
            startsAWordOfTheName.append(" + (case when ").append(String.join(" or ", inTheName)).append(" then 1 else 0 end)");
            wholeWordsOfTheName.append(" + (case when ").append(String.join(" or ", wholeInTheName))
                    .append(" then 1 else 0 end)");
        }

        Query count = em.createNativeQuery("select count(*)" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        String order = words.isEmpty()
                ? " order by p.name, p.code"
                // "giay phep xay dung" puts "Cấp giấy phép xây dựng..." first, "ho tich khai sinh" the
                // "Đăng ký khai sinh" of the field "Hộ tịch"
                : " order by " + startsAWordOfTheName + " desc, " + wholeWordsOfTheName + " desc,"
                        + " nullif(strpos(p.search_text, :query), 0) asc nulls last,"
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

    /** What the synonym list says of the search's runs of words, term by term. */
    private Map<String, List<String>> synonyms(List<String> words) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select term, expansion from search_synonym where term in (:terms)"
                + " order by term, expansion").setParameter("terms", ProcedureSearch.candidateTerms(words))
                .getResultList();
        Map<String, List<String>> synonyms = new HashMap<>();
        rows.forEach(row -> synonyms.computeIfAbsent((String) row[0], t -> new ArrayList<>()).add((String) row[1]));
        return synonyms;
    }

    /** The search's words long enough for typos that no published procedure, field or agency holds as typed. */
    private Set<String> unknownAsTyped(List<String> words) {
        List<String> candidates = words.stream().filter(ProcedureSearch::mayBeFuzzy).toList();
        if (candidates.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> unknown = em.createNativeQuery("select w from unnest(cast(:words as text[])) w"
                + " where not exists (select 1 from procedure p join field f on f.id = p.field_id"
                + " join agency a on a.id = p.agency_id where p.status = 'PUBLISHED'"
                + " and " + ProcedureSearch.EVERYTHING + " like '%' || w || '%')")
                .setParameter("words", candidates.toArray(String[]::new)).getResultList();
        return Set.copyOf(unknown);
    }
}
