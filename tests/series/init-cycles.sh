# /init of tests/series/boot cycles: 200 load/unload cycles of the library,
# each with a user that checks translations when it loads; kmemleak scans
# before (its reports are cleared: they predate the cycles) and after.
K=/sys/kernel/debug/kmemleak
if [ -w $K ]; then
	echo scan >$K
	echo clear >$K
fi
n=0
for i in $(seq 200); do
	insmod /lib/modules/xen-dma-xlate.ko || break
	insmod /lib/modules/xen-dma-xlate-cycle.ko || { rmmod xen-dma-xlate; break; }
	if [ "$i" = 1 ]; then
		if rmmod xen-dma-xlate 2>/dev/null; then
			echo "$P: CHECK unload-in-use FAIL rmmod of the library succeeded while a user held it"
		else
			echo "$P: CHECK unload-in-use PASS rmmod of the library refused while a user held it"
		fi
	fi
	rmmod xen-dma-xlate-cycle && rmmod xen-dma-xlate || break
	n=$i
done
if [ "$n" = 200 ]; then
	echo "$P: CHECK load-unload-cycles PASS 200 of 200 cycles, translations checked after each load"
else
	echo "$P: CHECK load-unload-cycles FAIL stopped after $n of 200 cycles"
fi
if [ -w $K ]; then
	# kmemleak reports objects older than 5 s that nothing points to.
	sleep 6
	echo scan >$K
	leaks=$(grep -c 'unreferenced object' $K)
	if [ "$leaks" = 0 ]; then
		echo "$P: CHECK kmemleak PASS no unreferenced object after 200 cycles (scanned before and after)"
	else
		echo "$P: CHECK kmemleak FAIL $leaks unreferenced objects:"
		cat $K
	fi
else
	echo "$P: CHECK kmemleak FAIL no $K"
fi
echo "$P: DONE"
