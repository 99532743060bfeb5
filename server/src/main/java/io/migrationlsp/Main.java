package io.migrationlsp;
public final class Main { public static void main(String[] a) {} }
