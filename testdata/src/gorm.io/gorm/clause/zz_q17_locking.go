package clause

// Writer, Builder and Expression as in gorm.io/gorm/clause v1.31.2
// (clause.go, expression.go): what a clause builds into.
type Writer interface {
	WriteByte(byte) error
	WriteString(string) (int, error)
}

// Builder builder interface
type Builder interface {
	Writer
	WriteQuoted(field interface{})
	AddVar(Writer, ...interface{})
	AddError(error) error
}

// Expression expression interface
type Expression interface {
	Build(builder Builder)
}

// Table quote with name
type Table struct {
	Name  string
	Alias string
	Raw   bool
}

// Locking is SELECT … FOR UPDATE / FOR SHARE (locking.go).
type Locking struct {
	Strength string
	Table    Table
	Options  string
}

// Build build where clause
func (locking Locking) Build(builder Builder) {}
