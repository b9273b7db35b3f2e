# Sorts the "value" lines of `claimgraph eval temporal --errors FILE` by
# whether the gold merely writes the same value another way than TimeML and
# TimeBank do:
#   awk -f docs/tools/timeml-conventions.awk FILE | sort | uniq -c
BEGIN { FS = "\t" }
$1 == "value" {
	n = split($4, g, "="); gold = g[n]
	m = split($5, s, "="); ours = s[m]
	kind = "other"
	if (gold == ours "-XX" || gold == ours "-XX-XX") kind = "year written YYYY-XX"
	else if (ours ~ /T(MO|AF|EV|NI)$/ && substr(ours, 1, 10) == gold) kind = "evening etc. left out of the value"
	else if (gold == ours "X") kind = "decade written 199X"
	else if (gold ~ /-W[0-9]$/) kind = "week number without its leading zero"
	print kind
}
