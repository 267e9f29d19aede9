// Command gatewayd serves the Midtrans notifications on hertz.
package main

import (
	"database/sql"
	"os"

	"github.com/cloudwego/hertz/pkg/app/server"

	"w24hertzmount/paynotify"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	cb := paynotify.New(db, os.Getenv("MIDTRANS_SERVER_KEY"))
	h := server.Default()
	h.POST("/midtrans/in", cb.Receive) // want `payment webhook handler cb.Receive \(package w24hertzmount/paynotify\) mounted on POST /midtrans/in verifies no signature, and no middleware on this route does`
	h.POST("/midtrans/signed", cb.Checked)
}
