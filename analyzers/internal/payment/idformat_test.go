package payment_test

// IDFormatted: a wrapper whose path id is a numeric parameter
// formatted (strconv.FormatInt(n, 10), strconv.Itoa, fmt.Sprint(n)) takes
// its id from that parameter; a value computed from it does not.
var _ = cases.Add(debug, "IDFormatted", "retry/r7/idformat")
