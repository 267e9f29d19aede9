package badconfig

// OK is fine.
func OK() {}
