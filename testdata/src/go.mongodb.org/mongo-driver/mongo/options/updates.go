package options

// FindOneAndUpdateOptions configures FindOneAndUpdate.
type FindOneAndUpdateOptions struct{}
