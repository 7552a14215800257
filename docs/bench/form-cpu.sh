#!/bin/bash
# WildFly CPU per create through the form (issue 7): /proc utime+stime of WildFly around form-flow.py N creates
#   docs/bench/form-cpu.sh N      (as gen-manager-21 in department 900115, type HR)
N=${1:-300}
pid=$(pgrep -f "jboss-modules.jar" | head -1)
t0=$(awk '{print $14+$15}' /proc/$pid/stat)
python3 "$(dirname "$0")/form-flow.py" gen-manager-21 $N 900115 HR
t1=$(awk '{print $14+$15}' /proc/$pid/stat)
echo "wildfly cpu per create: $(awk -v d=$((t1-t0)) -v n=$N "BEGIN{printf \"%.1f\", d*10/n}") ms over $N"
