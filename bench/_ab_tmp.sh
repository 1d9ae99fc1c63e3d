#!/bin/bash
# usage: _ab_tmp.sh runs path port...
runs=$1; path=$2; shift 2
for i in $(seq $runs); do for p in "$@"; do echo -n "$p "; node /work/main/bench/_lh_tmp.mjs http://127.0.0.1:$p$path /tmp/lh/ab-$p-$i.json; done; done
