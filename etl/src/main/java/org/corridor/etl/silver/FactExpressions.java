package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.List;
import java.util.Optional;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.PlanExpression;
import org.apache.spark.sql.catalyst.parser.CatalystSqlParser$;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.corridor.etl.source.Reason;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.TableSpec;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Checks a custom indicator's expressions the way the gold job will run them: Spark parses and
 * analyses each against an empty table of the fact table's schema, so a typo, a column the table
 * lacks, an aggregate where a row's value is due, or a condition that is no condition fails at load
 * with Spark's own explanation instead of failing the gold build.
 */
final class FactExpressions {
  private final TableSpec table;
  private final Dataset<Row> empty;

  FactExpressions(SparkSession spark, TableSpec table) {
    this.table = table;
    this.empty = spark.createDataFrame(List.<Row>of(), SparkSchemas.of(table));
  }

  /** The reason a row condition fails, if it does. */
  Optional<String> conditionProblem(String field, String text) {
    return problem(field, text, BooleanType.class, "a condition");
  }

  /** The reason an expression meant to give a number per row fails, if it does. */
  Optional<String> numberProblem(String field, String text) {
    return problem(field, text, NumericType.class, "a number");
  }

  private Optional<String> problem(
      String field, String text, Class<? extends DataType> due, String what) {
    return analyse(field, text)
        .or(
            () -> {
              DataType type = empty.select(expr(text)).schema().fields()[0].dataType();
              return due.isInstance(type)
                  ? Optional.empty()
                  : Optional.of(
                      Reason.INVALID_EXPRESSION.with(
                          field + " " + text + " is " + type.simpleString() + ", not " + what));
            });
  }

  private Optional<String> analyse(String field, String text) {
    try {
      // Selected beside every column, so an aggregate such as sum(value) fails too: the
      // expression must be a value of one row, which the job sums per country and year itself.
      empty.select(col("*"), expr(text));
      // A subquery could read any table or file the ETL can reach; a definition sees one row.
      return holdsSubquery(CatalystSqlParser$.MODULE$.parseExpression(text))
          ? Optional.of(
              Reason.INVALID_EXPRESSION.with(
                  field + " " + text + ": a subquery reads beyond the fact row"))
          : Optional.empty();
    } catch (Exception e) {
      // Spark's AnalysisException, checked in Java's eyes, is thrown though no signature says so.
      if (!(e instanceof SparkThrowable spark)) {
        throw e;
      }
      String condition = String.valueOf(spark.getCondition());
      if (condition.startsWith("UNRESOLVED_COLUMN")) {
        return Optional.of(
            Reason.UNKNOWN_COLUMN.with(
                field
                    + " names "
                    + spark.getMessageParameters().getOrDefault("objectName", text)
                    + ", which "
                    + table.qualifiedName()
                    + " does not have (columns: "
                    + String.join(", ", table.columnNames())
                    + ")"));
      }
      return Optional.of(Reason.INVALID_EXPRESSION.with(field + " " + text + ": " + firstLine(e)));
    }
  }

  private static boolean holdsSubquery(Expression expression) {
    return expression instanceof PlanExpression<?>
        || CollectionConverters.asJava(expression.children()).stream()
            .anyMatch(FactExpressions::holdsSubquery);
  }

  private static String firstLine(Exception e) {
    return String.valueOf(e.getMessage())
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .findFirst()
        .orElse(e.getClass().getSimpleName());
  }
}
