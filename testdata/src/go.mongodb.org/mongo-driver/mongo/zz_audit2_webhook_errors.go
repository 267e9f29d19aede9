package mongo

// IsDuplicateKeyError reports whether err is a duplicate key error
// (signature as in go.mongodb.org/mongo-driver v1.17.1, mongo/errors.go).
func IsDuplicateKeyError(err error) bool { return false }
