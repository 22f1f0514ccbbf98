// SPDX-License-Identifier: GPL-2.0
/*
 * The KTAP result lines of the end-to-end checks, shared by the test
 * drivers (report.h has the format).
 */
#include <linux/kernel.h>

#include "report.h"

/* Results printed so far; the checks run one after the other. */
static unsigned int e2e_results;

/**
 * e2e_ktap_begin() - Start the driver's KTAP document.
 *
 * Context: Process context, before the first e2e_report().
 */
void e2e_ktap_begin(void)
{
	e2e_results = 0;
	pr_info(E2E_PREFIX "KTAP version 1\n");
}

/**
 * e2e_report() - Print the KTAP result line of one check.
 * @name: Check name, without spaces or '#'.
 * @res: Its result.
 * @fmt: printf format of the details, then its arguments.
 *
 * Context: Process context, between e2e_ktap_begin() and e2e_ktap_end().
 */
void e2e_report(const char *name, enum e2e_result res, const char *fmt, ...)
{
	struct va_format vaf;
	va_list args;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	e2e_results++;
	pr_info(E2E_PREFIX "%s %u %s # %s%pV\n", res == E2E_FAIL ? "not ok" : "ok",
		e2e_results, name, res == E2E_SKIP ? "SKIP " : "", &vaf);
	va_end(args);
}

/**
 * e2e_ktap_end() - Close the KTAP document with its plan.
 *
 * Context: Process context, after the last e2e_report().
 */
void e2e_ktap_end(void)
{
	pr_info(E2E_PREFIX "1..%u\n", e2e_results);
}
