package notices

import (
	"github.com/jmoiron/sqlx"
	"github.com/midtrans/midtrans-go/coreapi"

	"whbpending/lessons"
)

// New builds the notices on the school's stores.
func New(core coreapi.Client, db *sqlx.DB, archived bool, mailAddr string) *Notices {
	var sizes PackSizer = lessons.New(db)
	if archived {
		sizes = &lessons.Archive{}
	}
	return &Notices{core: core, book: lessons.New(db), sizes: sizes, receipts: &lessons.Mailer{}}
}
