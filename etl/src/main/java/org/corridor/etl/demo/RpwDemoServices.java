package org.corridor.etl.demo;

import java.util.List;

/**
 * A simulated RPW price survey: eight kinds of provider in every corridor, each priced every
 * quarter at USD 200 and (but for the mobile wallet, capped below it) USD 500, with fees, FX
 * margins and total costs that add up as the World Bank's do: total cost % = fee / amount sent x
 * 100 + FX margin. Every value is a pure function of the seed and the row's quarter, corridor and
 * provider, so any row can be written without the ones before it, and the same seed always gives
 * the same rows.
 */
final class RpwDemoServices {
  private static final String[] MID_QUARTER_MONTHS = {"Feb", "May", "Aug", "Nov"};

  /** A country as RPW writes it: its code (Kosovo is KSV), name and a currency code. */
  record Country(String code, String name, String currency) {}

  /** A corridor and its RPW label, the two codes run together (USAMEX). */
  record Corridor(Country sending, Country receiving, String code) {
    static Corridor of(Country sending, Country receiving) {
      return new Corridor(sending, receiving, sending.code() + receiving.code());
    }
  }

  /** Where a row's cells go, in column order: a CSV line or a spreadsheet row. */
  interface Cells {
    void text(String value);

    /** A number given in units of 10^-scale: 1234 at scale 2 is 12.34. */
    void decimal(long units, int scale);
  }

  /** The kinds of service priced in each corridor, with the words of both sheet layouts. */
  enum Provider {
    AGENT_CASH("Demo Money Transfer", "Money Transfer Operator", 5.0, 1.5, true, 0),
    BANK("Demo Bank", "Bank", 20.0, 2.5, true, 1),
    POST("Demo Post", "Post office", 6.0, 2.0, true, 2),
    WALLET("Demo Wallet", "Mobile operator", 2.0, 1.0, true, 3),
    ONLINE("Demo Online", "Money Transfer Operator", 3.0, 0.8, true, 4),
    EXCHANGE_HOUSE("Demo Exchange House", "Money Transfer Operator", 4.0, 0.0, false, 5),
    SLOW_BANK("Demo Savings Bank", "Bank", 25.0, 3.0, true, 6),
    CARD("Demo Card Transfer", "Money Transfer Operator", 6.0, 1.8, true, 7);

    private static final String[][] WORDS = {
      // payment instrument, access point, speed, coverage, pickup location, pickup method,
      // older product, sending location, coverage, pick-up method
      {"Cash", "Agent", "Less than one hour", "High", "Agent", "Cash"},
      {"Bank account", "Bank branch", "3-5 days", "High", "Bank branch", "Bank account"},
      {"Cash", "Post Office branch", "Next day", "Medium", "Post Office branch", "Cash"},
      {"Debit card", "Internet", "Less than one hour", "High", "", "Mobile wallet"},
      {"Debit card", "Internet", "Same day", "High", "", "Bank account"},
      {"Cash", "Agent", "2 days", "Low", "Agent", "Cash"},
      {"Bank account", "Bank branch", "6 days or more", "Medium", "Bank branch", "Bank account"},
      {"Credit card", "Internet", "Same day", "Medium", "Agent", "Cash"}
    };
    private static final String[][] OLDER_WORDS = {
      {"Cash to cash", "at Branch", "Nationwide", "Cash"},
      {"Account to account", "at Branch", "Nationwide", "Bank Account"},
      {"Cash to cash", "at Branch", "Major cities", "Cash"},
      {"Cash to mobile", "On-line", "Nationwide", "Mobile"},
      {"Account to account", "On-line", "Nationwide", "Bank Account"},
      {"Cash to cash", "at Branch", "Main city", "Cash"},
      {"Account to account", "at Branch", "Major cities", "Bank Account"},
      {"Card to cash", "On-line", "Major cities", "Cash"}
    };

    final String firm;
    final String type;
    final double feeUsd;
    final double marginPct;
    final boolean transparent;
    private final int words;

    Provider(
        String firm, String type, double feeUsd, double marginPct, boolean transparent, int words) {
      this.firm = firm;
      this.type = type;
      this.feeUsd = feeUsd;
      this.marginPct = marginPct;
      this.transparent = transparent;
      this.words = words;
    }

    String word(int column) {
      return WORDS[words][column];
    }

    String olderWord(int column) {
      return OLDER_WORDS[words][column];
    }

    /** Mobile wallets cap transfers below USD 500, so the survey finds no USD 500 price. */
    boolean pricedAt500() {
      return this != WALLET;
    }
  }

  static final String NOT_TRANSPARENT_NOTE =
      "The 0% in the exchange rate margin does NOT necessarily mean that there is no exchange"
          + " rate cost, but rather that this cost is not disclosed to the sender at the time of"
          + " sending.";

  private final List<Corridor> corridors;
  private final long seed;

  RpwDemoServices(List<Corridor> corridors, long seed) {
    this.corridors = List.copyOf(corridors);
    this.seed = seed;
  }

  List<Corridor> corridors() {
    return corridors;
  }

  /**
   * A survey round: its position in the demo's sequence (which draws the prices), its RPW period
   * ({@code 2016_2Q}) and the day prices were collected ({@code 15/May/2016}).
   */
  record Quarter(long index, int year, int quarter, String period, String collected) {
    /** The n-th quarter counted from {@code firstYear} Q{@code firstQuarter}. */
    static Quarter of(int firstYear, int firstQuarter, long n) {
      long position = firstQuarter - 1 + n;
      int year = (int) (firstYear + position / 4);
      int quarter = (int) (position % 4 + 1);
      return new Quarter(
          n,
          year,
          quarter,
          year + "_" + quarter + "Q",
          "15/" + MID_QUARTER_MONTHS[quarter - 1] + "/" + year);
    }
  }

  /** Writes one service row in the column order of "Dataset (from Q2 2016)". */
  void newerRow(Cells cells, long id, Quarter quarter, int corridor, Provider p) {
    commonStart(cells, id, quarter.period(), corridor, p);
    cells.text(p.word(0));
    cells.text(p.word(1));
    cells.text(p.word(2));
    quotes(cells, quarter.index(), corridor, p);
    cells.text(p.transparent ? "yes" : "no");
    cells.text(p.transparent ? "" : NOT_TRANSPARENT_NOTE);
    cells.text("");
    cells.text(p.word(3));
    cells.text(p.word(4));
    cells.text(p.word(5));
    commonEnd(cells, quarter.collected(), corridor);
  }

  /** Writes one service row in the column order of "Dataset (up to Q1 2016)". */
  void olderRow(Cells cells, long id, Quarter quarter, int corridor, Provider p) {
    commonStart(cells, id, quarter.period(), corridor, p);
    cells.text(p.olderWord(0));
    cells.text(p.olderWord(1));
    cells.text(p.word(2));
    quotes(cells, quarter.index(), corridor, p);
    cells.text(p.transparent ? "yes" : "no");
    cells.text(p.transparent ? "" : NOT_TRANSPARENT_NOTE);
    cells.text("");
    cells.text(p.olderWord(2));
    cells.text(p.olderWord(3));
    commonEnd(cells, quarter.collected(), corridor);
  }

  /** The USD 200 total cost %, in hundredths, of a service in a quarter. */
  long totalCost200(long quarter, int corridor, Provider p) {
    return totalCost(
        fee(quarter, corridor, p, 200), amount(corridor, 200), margin(quarter, corridor, p));
  }

  private void commonStart(Cells cells, long id, String period, int corridor, Provider p) {
    Corridor c = corridors.get(corridor);
    cells.decimal(id, 0);
    cells.text(period);
    country(cells, c.sending());
    country(cells, c.receiving());
    cells.text(p.firm);
    cells.text(p.type);
  }

  private static void country(Cells cells, Country country) {
    cells.text(country.code());
    cells.text(country.name());
    for (int i = 0; i < 4; i++) {
      cells.text("..");
    }
  }

  private void commonEnd(Cells cells, String collected, int corridor) {
    cells.text(collected);
    cells.text(corridors.get(corridor).code());
  }

  /** The cc1 and cc2 blocks and the interbank rate. */
  private void quotes(Cells cells, long quarter, int corridor, Provider p) {
    long margin = margin(quarter, corridor, p);
    long interbank = p.transparent ? interbank(corridor) : 10_000;
    long applied = p.transparent ? Math.round(interbank * (1 - margin / 10_000.0)) : 10_000;
    for (int usd = 200; usd <= 500; usd += 300) {
      if (usd == 500 && !p.pricedAt500()) {
        for (int i = 0; i < 7; i++) {
          cells.text("");
        }
        continue;
      }
      long amount = amount(corridor, usd);
      long fee = fee(quarter, corridor, p, usd);
      cells.decimal(amount, 2);
      cells.decimal(usd * 100L, 2);
      cells.text(corridors.get(corridor).sending().currency());
      cells.decimal(fee, 2);
      cells.decimal(applied, 4);
      cells.decimal(margin, 2);
      cells.decimal(totalCost(fee, amount, margin), 2);
    }
    cells.decimal(interbank, 4);
  }

  private static long totalCost(long fee, long amount, long margin) {
    return Math.round(fee * 10_000.0 / amount) + margin;
  }

  /** The amount sent in the sending currency, in hundredths. */
  private long amount(int corridor, int usd) {
    return Math.round(usd * 100 * perUsd(corridor));
  }

  private long fee(long quarter, int corridor, Provider p, int usd) {
    double scale = usd == 500 ? 1.4 : 1.0;
    return Math.round(
        p.feeUsd
            * scale
            * (0.7 + 0.6 * unit(quarter, corridor, p.ordinal(), 1))
            * perUsd(corridor)
            * 100);
  }

  /** FX margin in hundredths of a percent; zero where the provider does not disclose it. */
  private long margin(long quarter, int corridor, Provider p) {
    return Math.round(p.marginPct * (0.5 + unit(quarter, corridor, p.ordinal(), 2)) * 100);
  }

  /**
   * Units of the sending currency per US dollar, between 0.5 and 150, the same in every corridor.
   */
  private double perUsd(int corridor) {
    return 0.5 * Math.pow(300, unit(-1, corridors.get(corridor).sending().code().hashCode(), 0, 3));
  }

  /** Units of the receiving currency per unit of the sending currency, in ten-thousandths. */
  private long interbank(int corridor) {
    return Math.round(10_000 * 0.01 * Math.pow(50_000, unit(-2, corridor, 0, 4)));
  }

  /** A uniform number in [0, 1) determined by the seed and its arguments (SplitMix64). */
  private double unit(long quarter, long corridor, long provider, long draw) {
    long z = mix(mix(mix(mix(seed, quarter), corridor), provider), draw);
    return (z >>> 11) * 0x1.0p-53;
  }

  private static long mix(long state, long part) {
    long z = state + 0x9E3779B97F4A7C15L + part;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
