// Command desks binds the settle service to the remote listener.
package main

import (
	"database/sql"
	"net/http"
	"os"

	"fp15wflag/remote"
	"fp15wflag/settle"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DSN"))
	svc := settle.New(nil, db)
	l := remote.New(os.Getenv("STRIPE_SECRET"),
		svc,
		svc, // want `webhook handler sends a message \(remote.mail: smtp.SendMail in remote.Listener.Touched \(remote.go:\d+\), gated by remote.Toucher.Touch \(remote.go:\d+\), bound here to settle.Service.Touch, whose true answer is no changed-state flag\)`
		svc,
		svc)
	mux := http.NewServeMux()
	l.Routes(mux)
	_ = http.ListenAndServe(":8080", mux)
}
