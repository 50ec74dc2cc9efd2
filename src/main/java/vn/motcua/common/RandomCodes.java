package vn.motcua.common;

import java.security.SecureRandom;

/** Codes people read and type (receipt secrets, booking codes): letters and digits without look-alikes. */
public final class RandomCodes {

    /** No I, O, 0 or 1: 32 symbols, 5 bits each. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCodes() {
    }

    public static String of(int length) {
        char[] code = new char[length];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
