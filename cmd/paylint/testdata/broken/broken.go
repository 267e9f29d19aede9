package broken

func Charge() int {
	return undefinedAmount + "x"
}
