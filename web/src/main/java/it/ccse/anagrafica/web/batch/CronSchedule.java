package it.ccse.anagrafica.web.batch;

import jakarta.ejb.ScheduleExpression;

/**
 * A job's schedule as administrators write it: the five fields of cron — minute, hour, day of
 * month, month, day of week — each in the syntax of the EJB timer service ({@code *}, lists {@code
 * 1,15}, ranges {@code 1-5}, steps {@code *}{@code /10}, names {@code Mon}); times are the
 * server's. Example: {@code 30 2 * * *} every night at 02:30.
 */
record CronSchedule(String minute, String hour, String dayOfMonth, String month, String dayOfWeek) {

  static CronSchedule parse(String expression) {
    String[] fields = expression.strip().split("\\s+");
    if (fields.length != 5) {
      throw new IllegalArgumentException(
          "A schedule has five fields (minute hour day-of-month month day-of-week): " + expression);
    }
    return new CronSchedule(fields[0], fields[1], fields[2], fields[3], fields[4]);
  }

  ScheduleExpression toScheduleExpression() {
    return new ScheduleExpression()
        .second("0")
        .minute(minute)
        .hour(hour)
        .dayOfMonth(dayOfMonth)
        .month(month)
        .dayOfWeek(dayOfWeek);
  }
}
