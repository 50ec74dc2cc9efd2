package vn.motcua.catalogue.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.catalogue.service.ProcedureSearch.Term;

class ProcedureSearchRulesTest {

    @Test
    void theSynonymListIsAskedForEveryRunOfUpToFourWords() {
        assertEquals(List.of("so", "so do", "do"), ProcedureSearch.candidateTerms(List.of("so", "do")));
        assertEquals(5 + 4 + 3 + 2, ProcedureSearch.candidateTerms(List.of("a", "b", "c", "d", "e")).size());
    }

    @Test
    void theLongestKnownRunOfWordsIsOneTerm() {
        Map<String, List<String>> synonyms = Map.of("so do", List.of("giay chung nhan quyen su dung dat"),
                "do", List.of("mau do"));
        assertEquals(List.of(new Term(List.of("cap"), List.of(), false),
                new Term(List.of("so", "do"), List.of("giay chung nhan quyen su dung dat"), false)),
                ProcedureSearch.terms(List.of("cap", "so", "do"), synonyms, Set.of()));
    }

    @Test
    void onlyAWordTheCatalogueLacksAsTypedGetsTypoVariants() {
        List<Term> terms = ProcedureSearch.terms(List.of("khai", "sinhh"), Map.of(), Set.of("sinhh"));
        assertEquals(List.of(false, true), terms.stream().map(Term::fuzzy).toList());
        // a word with synonyms is found through them, not through typos
        assertEquals(false, ProcedureSearch.terms(List.of("gpxd"), Map.of("gpxd", List.of("giay phep xay dung")),
                Set.of("gpxd")).get(0).fuzzy());
    }

    @Test
    void swapsOfNeighbouringLetters() {
        assertEquals(List.of("udng", "dnug", "dugn"), ProcedureSearch.swaps("dung"));
    }
}
