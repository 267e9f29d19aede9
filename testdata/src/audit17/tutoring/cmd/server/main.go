// Command server runs the tutoring marketplace backend: the student API and
// return pages, provider webhooks and background workers.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/smtp"
	"os"

	"github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/gin-gonic/gin"
	"github.com/hibiken/asynq"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/midtrans/midtrans-go"
	razorpay "github.com/razorpay/razorpay-go"
	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"

	"audit17/tutoring/media"
	"audit17/tutoring/payments"
	"audit17/tutoring/razorpayx"
	"audit17/tutoring/store"
	"audit17/tutoring/web"
	"audit17/tutoring/webhooks"
	"audit17/tutoring/worker"
)

type postgres string

func (postgres) Name() string { return "postgres" }

type smtpMailer struct {
	addr string
	from string
	auth smtp.Auth
}

func (m smtpMailer) Send(_ context.Context, to, subject, body string) error {
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", m.from, to, subject, body)
	return smtp.SendMail(m.addr, m.auth, m.from, []string{to}, []byte(msg))
}

func main() {
	ctx := context.Background()
	dsn := os.Getenv("DATABASE_URL")
	db, err := gorm.Open(postgres(dsn))
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	queue := asynq.NewClient(asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")})

	bookings := store.NewBookings(db)
	earnings := store.NewEarnings(pool, db)
	events := store.NewEvents(pool, rdb)

	rzp := payments.NewRazorpay(os.Getenv("RAZORPAY_KEY_ID"), os.Getenv("RAZORPAY_KEY_SECRET"))
	xe := payments.NewXendit(os.Getenv("XENDIT_SECRET_KEY"))
	mt := payments.NewMidtrans(os.Getenv("MIDTRANS_SERVER_KEY"), midtrans.Production)
	ad := payments.NewAdyen(os.Getenv("ADYEN_API_KEY"), os.Getenv("ADYEN_MERCHANT"), common.Environment("LIVE"))
	rooms := media.NewRooms(os.Getenv("ROOMS_URL"), os.Getenv("ROOMS_TOKEN"))
	cal := media.NewCalendar(os.Getenv("CALENDAR_URL"))
	payoutsAPI := razorpayx.New(os.Getenv("RAZORPAYX_KEY_ID"), os.Getenv("RAZORPAYX_KEY_SECRET"),
		os.Getenv("RAZORPAYX_ACCOUNT"), razorpayx.WithAttempts(3))

	refunds := payments.NewRefunds(bookings, rzp, xe, mt, ad)
	pages := web.NewPages(bookings, rzp, ad, xe, refunds)

	// Student site and Razorpay (gin).
	g := gin.Default()
	g.POST("/checkout/razorpay/return", pages.RazorpayReturn)
	g.GET("/pay/link/return", pages.PaymentLinkReturn)
	rh := webhooks.NewRazorpay(rzp, os.Getenv("RAZORPAY_WEBHOOK_SECRET"), bookings, rooms)
	g.POST("/webhooks/razorpay", rh.Handle)

	// South-East Asia edge (echo).
	e := echo.New()
	e.GET("/checkout/xendit/success", pages.XenditSuccess)
	e.GET("/bookings/:id/status", pages.BookingStatus)
	e.POST("/bookings/:id/xendit", pages.XenditCheckout)
	e.POST("/bookings/:id/cancel", pages.CancelLesson)
	xh := webhooks.NewXendit(bookings, events)
	xg := e.Group("/webhooks/xendit", webhooks.CallbackToken(os.Getenv("XENDIT_CALLBACK_TOKEN"))) // want "\\[webhookverify\\] payment callback middleware webhooks.CallbackToken checks x-callback-token only when the request sends it"
	xg.POST("/payment", xh.PaymentSucceeded)

	// Midtrans notifications (hertz).
	h := server.Default()
	mh := webhooks.NewMidtrans(bookings, earnings, queue)
	h.POST("/webhooks/midtrans", mh.Notify) // want "\\[webhookverify\\] payment webhook handler mh.Notify \\(package audit17/tutoring/webhooks\\) mounted on POST /webhooks/midtrans verifies no signature, and no middleware on this route does: it acts on the payment \\(store.Bookings.MarkPaid\\)"

	// Adyen (net/http).
	mux := http.NewServeMux()
	mux.HandleFunc("GET /checkout/adyen/return", pages.AdyenReturn)
	mux.Handle("POST /webhooks/adyen", webhooks.NewAdyen(os.Getenv("ADYEN_HMAC_KEY"), bookings, events, queue))

	// Workers.
	mail := smtpMailer{addr: os.Getenv("SMTP_ADDR"), from: "lessons@example.com"}
	payouts := worker.NewPayouts(earnings, payoutsAPI) // want "\\[idempotency\\] worker.Payouts calls worker.PayoutSender.CreatePayout \\(payouts.go:58\\), retried by retryx.Do \\(line 57\\), bound here to razorpayx.Client.CreatePayout \\(POST /v1/payouts\\), with an idempotency key made anew on every attempt \\(weeklyRef\\(e\\), line 58\\)" "\\[retrystatus\\] worker.Payouts retries worker.PayoutSender.CreatePayout \\(payouts.go:58\\) with retryx.Do \\(line 57\\), .* bound here to razorpayx.Client.CreatePayout \\(POST /v1/payouts\\), which ends every non-2xx answer in an error: every 4xx is retried"
	tasks := worker.NewTasks(bookings, razorpay.NewClient(os.Getenv("RAZORPAY_KEY_ID"), os.Getenv("RAZORPAY_KEY_SECRET")),
		mt, rooms, cal, mail, payouts)
	amux := asynq.NewServeMux()
	tasks.Register(amux)
	srv := asynq.NewServer(asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")}, asynq.Config{Concurrency: 10})
	go func() {
		if err := srv.Run(amux); err != nil {
			log.Fatal(err)
		}
	}()

	go func() { log.Fatal(g.Run(":8080")) }()
	go func() { log.Fatal(e.Start(":8081")) }()
	log.Fatal(http.ListenAndServe(":8082", mux))
}
