package payment

import "strings"

// An amount column often names its unit: credit_minor, balance_cents,
// wallet_balance_minor_units. The unit says how the sum is counted, not
// what it is: "credit_minor = credit_minor + $1" adds to a balance as
// "credit = credit + $1" does.

// amountUnitCol returns col without a trailing money unit (minor,
// minor_units, cents, pence, kobo, paise, sats), col itself when it has
// none.
func amountUnitCol(col string) string {
	if s, ok := strings.CutSuffix(col, "_minor_units"); ok {
		return s
	}
	i := strings.LastIndexByte(col, '_')
	if i <= 0 {
		return col
	}
	if last := col[i+1:]; last == "minor" || moneyUnitWords[last] {
		return col[:i]
	}
	return col
}
