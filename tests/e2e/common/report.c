// SPDX-License-Identifier: GPL-2.0
/*
 * The result line of one end-to-end check, shared by both test drivers.
 */
#include <linux/kernel.h>

#include "report.h"

/**
 * e2e_report() - Print the result line of one check.
 * @name: Check name, without spaces.
 * @res: Its result.
 * @fmt: printf format of the details, then its arguments.
 *
 * Context: Any context.
 */
void e2e_report(const char *name, enum e2e_result res, const char *fmt, ...)
{
	static const char * const words[] = { "PASS", "FAIL", "SKIP" };
	struct va_format vaf;
	va_list args;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	pr_info(E2E_PREFIX "CHECK %s %s %pV\n", name, words[res], &vaf);
	va_end(args);
}
