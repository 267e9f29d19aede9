package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"

	"r19returnurl/gym/billing"
	"r19returnurl/gym/web"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	pages := &web.Pages{Billing: &billing.Service{DB: db, HTTP: http.DefaultClient, Site: os.Getenv("SITE_URL")}}
	r := chi.NewRouter()
	r.Get("/members/{id}/welcome", pages.Welcome) // want `web.Pages.Welcome, mounted here on /members/\{id\}/welcome, the redirectUrl built at billing.go:\d+: order fulfilled in the success-redirect handler without reading the payment's status from the provider`
	r.Get("/passes/{id}/ready", pages.PassReady)
	r.Get("/members/{id}/signup", pages.Signup)
	r.Get("/members/{id}/comp", pages.Comp)
	http.ListenAndServe(":8080", r)
}
