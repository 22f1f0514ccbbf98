# /init of tests/series/boot cycles: 200 load/unload cycles of the library,
# each with a user that checks translations when it loads, judged by
# kmemleak; then a control that leaks on purpose, judged the same way.
# kmemleak reports an object only once it is older than 5 s and a second
# scan still finds nothing pointing to it: each verdict scans twice.
K=/sys/kernel/debug/kmemleak
# leak_scan: two scans, then the number of unreferenced objects reported
leak_scan() {
	sleep 6
	echo scan >$K
	echo scan >$K
	grep -c 'unreferenced object' $K
}
ktap_begin
if [ -w $K ]; then
	# what predates the cycles is not theirs
	echo scan >$K
	echo clear >$K
fi
n=0
for i in $(seq 200); do
	insmod /lib/modules/xen-dma-xlate.ko || break
	insmod /lib/modules/xen-dma-xlate-cycle.ko || { rmmod xen-dma-xlate; break; }
	if [ "$i" = 1 ]; then
		if rmmod xen-dma-xlate 2>/dev/null; then
			ktap_result fail unload-in-use rmmod of the library succeeded while a user held it
		else
			ktap_result ok unload-in-use rmmod of the library refused while a user held it
		fi
	fi
	rmmod xen-dma-xlate-cycle && rmmod xen-dma-xlate || break
	n=$i
done
ktap_check load-unload-cycles "200 of 200 cycles, translations checked after each load" \
	"stopped after $n of 200 cycles" [ "$n" = 200 ]
if [ -w $K ]; then
	leaks=$(leak_scan)
	ktap_check kmemleak "no unreferenced object after 200 cycles (two scans)" \
		"$leaks unreferenced objects after 200 cycles (two scans)" [ "$leaks" = 0 ]
	[ "$leaks" = 0 ] || cat $K
	echo clear >$K
	insmod /lib/modules/xen-dma-xlate.ko
	insmod /lib/modules/xen-dma-xlate-cycle.ko leak=32
	rmmod xen-dma-xlate-cycle
	rmmod xen-dma-xlate
	planted=$(leak_scan)
	ktap_check kmemleak-control "$planted of 32 planted leaks reported by the same two scans" \
		"0 of 32 planted leaks reported: kmemleak cannot see" [ "$planted" -gt 0 ]
else
	ktap_result fail kmemleak no $K
	ktap_result fail kmemleak-control no $K
fi
ktap_end
