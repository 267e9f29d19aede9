// Command logd binds the same rental pages to the audit log only: the
// hold is no row's payment state. Silent.
package main

import (
	"database/sql"
	"os"

	"github.com/labstack/echo/v4"

	"h16hold/pgstore"
	"h16hold/rentals"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	e := echo.New()
	rentals.New(pgstore.NewRentalLog(db)).Register(e)
	_ = e.Start(":8080")
}
