// Package mysql stubs the MySQL driver's error (checked: v1.10.0
// errors.go).
package mysql

// MySQLError is the server's error packet.
type MySQLError struct {
	Number   uint16
	SQLState [5]byte
	Message  string
}

func (me *MySQLError) Error() string { return me.Message }
