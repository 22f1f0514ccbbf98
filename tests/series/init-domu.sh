# /init of tests/series/boot domu (dom0's side): start Xen's toolstack,
# boot this same kernel as a PV domU whose /init runs the series driver's
# domU checks (their KTAP comes through the domU's console, attached with
# xl console, each line prefixed "xdx-domu: "), and judge what dom0 saw.
X=/usr/lib/xen-4.17/bin
export LD_LIBRARY_PATH=/lib/x86_64-linux-gnu
mkdir -p /proc/xen /var/run/xenstored /var/lib/xenstored /var/lib/xen /var/log/xen /var/lock \
	/var/run/xen /run/xen /etc/xen /tmp
: >/etc/xen/xl.conf
# xenconsoled gives each domU's console a pty.
mkdir -p /dev/pts
mount -t devpts devpts /dev/pts
ktap_begin
ktap_check toolstack-xenfs "xenfs mounted" "mount -t xenfs failed" \
	mount -t xenfs xenfs /proc/xen
ktap_check toolstack-xenstored "xenstored started" "xenstored failed" \
	$X/xenstored --pid-file /var/run/xenstored.pid
ktap_check toolstack-init-dom0 "dom0 named in xenstore" "xen-init-dom0 failed" \
	$X/xen-init-dom0
ktap_check toolstack-xenconsoled "xenconsoled started" "xenconsoled failed" \
	$X/xenconsoled --pid-file=/var/run/xenconsoled.pid
run=$(sed -n 's/.*\(xdx\.run=[^ ]*\).*/\1/p' /proc/cmdline)
cat >/etc/xen/domu.cfg <<CFG
name = "xdx-domu"
type = "pv"
kernel = "/boot/vmlinuz"
ramdisk = "/boot/domu.cpio.gz"
extra = "console=hvc0 panic=-1 $run"
memory = 128
vcpus = 1
on_poweroff = "destroy"
on_reboot = "destroy"
on_crash = "destroy"
CFG
echo "xen-dma-xlate-e2e: init: starting the PV domU"
# -e: no child of xl's watches the domain (it can die in this initramfs),
# so this script attaches the console, waits for the domU to shut down or
# crash, and destroys it.  What the domU printed before the console was
# attached waits in its console ring.
if $X/xl create -e /etc/xen/domu.cfg; then
	# The domU's console into a file, printed when the domU is gone, each
	# line prefixed: the host judges them as a log of their own (two KTAP
	# documents must not interleave in one).  The shell's own read and
	# echo, not sed: under TCG a freshly forked busybox in this PV dom0
	# now and then segfaults (seen: sed, 1 run in 6), and no process is
	# the safest one.
	$X/xl console xdx-domu >/tmp/domu.console 2>&1 &
	console=$!
	waited=0 state=
	while [ $waited -lt 240 ]; do
		state=$($X/xl list xdx-domu 2>/dev/null | sed -n '2s/.* \([-rbpscd]\{6\}\) .*/\1/p')
		case $state in *s* | *c* | "") break ;; esac
		sleep 1
		waited=$((waited + 1))
	done
	$X/xl destroy xdx-domu 2>/dev/null
	wait $console
	while IFS= read -r line; do
		echo "xdx-domu: $line"
	done </tmp/domu.console
	case $state in
	*s*) ktap_result ok domu-ran "the domU ran and shut down after ${waited}s" ;;
	*c*) ktap_result fail domu-ran "the domU crashed after ${waited}s" ;;
	"") ktap_result fail domu-ran "the domU vanished" ;;
	*) ktap_result fail domu-ran "the domU did not shut down in ${waited}s (state $state)" ;;
	esac
else
	ktap_result fail domu-ran "xl create failed: $?"
fi
# The domain must be gone: destroyed on poweroff, not crashed and kept.
if $X/xl list 2>/dev/null | grep -q xdx-domu; then
	ktap_result fail domu-gone "the domU is still there: $($X/xl list | grep xdx-domu)"
else
	ktap_result ok domu-gone "no domU left behind"
fi
ktap_end
