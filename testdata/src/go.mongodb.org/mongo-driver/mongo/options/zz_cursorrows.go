package options

// FindOptions are the options of Collection.Find.
type FindOptions struct{}
