package org.corridor.etl.gold.progress;

/** One yearly value of a series. */
public record Point(int year, double value) {}
