// Command invoiced serves a net/http top-up callback whose shared
// token main requires at start-up.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
)

func settleTopup(db *sql.DB, r *http.Request) error {
	_, err := db.ExecContext(r.Context(), `UPDATE topups SET status = 'paid' WHERE ref = $1`, r.FormValue("external_id"))
	return err
}

type server struct{ db *sql.DB }

// topup compares with a variable main refuses to start without; silent.
func (s *server) topup(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Callback-Token") != os.Getenv("TOPUP_CALLBACK_TOKEN") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	settleTopup(s.db, r)
}

func main() {
	if os.Getenv("TOPUP_CALLBACK_TOKEN") == "" {
		log.Fatal("TOPUP_CALLBACK_TOKEN must be set")
	}
	s := &server{}
	http.HandleFunc("/callbacks/topup", s.topup)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
