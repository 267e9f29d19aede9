package gorm

import "errors"

// ErrDuplicatedKey (checked: gorm v1.25.0 errors.go), answered when the
// dialector translates errors.
var ErrDuplicatedKey = errors.New("duplicated key not allowed")
