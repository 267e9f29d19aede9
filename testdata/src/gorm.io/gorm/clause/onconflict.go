package clause

// Column quote with name (clause.go, v1.31.2).
type Column struct {
	Table string
	Name  string
	Alias string
	Raw   bool
}

// OnConflict is INSERT … ON CONFLICT (on_conflict.go, v1.31.2, abridged:
// the conflict target and DO NOTHING).
type OnConflict struct {
	Columns      []Column
	OnConstraint string
	DoNothing    bool
	UpdateAll    bool
}

// Name returns "ON CONFLICT".
func (OnConflict) Name() string { return "ON CONFLICT" }

// Build build onConflict clause
func (onConflict OnConflict) Build(builder Builder) {}
