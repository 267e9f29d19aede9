// Package fiber is a trimmed stub of github.com/gofiber/fiber/v2 (v2.52.15):
// same package path, names and signatures; bodies panic.
package fiber

// Handler defines a function to serve HTTP requests.
type Handler = func(*Ctx) error

// Config is a struct holding the server settings.
type Config struct {
	AppName string
}

// Router defines all router handle interface, including app and group router.
type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Add(method, path string, handlers ...Handler) Router
	All(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
}

// App denotes the Fiber application.
type App struct{}

// Group struct.
type Group struct{}

// Ctx represents the Context which hold the HTTP request and response.
type Ctx struct{}

func New(config ...Config) *App { panic("stub") }

func (app *App) Use(args ...interface{}) Router                      { panic("stub") }
func (app *App) Get(path string, handlers ...Handler) Router         { panic("stub") }
func (app *App) Post(path string, handlers ...Handler) Router        { panic("stub") }
func (app *App) Put(path string, handlers ...Handler) Router         { panic("stub") }
func (app *App) Add(method, path string, handlers ...Handler) Router { panic("stub") }
func (app *App) All(path string, handlers ...Handler) Router         { panic("stub") }
func (app *App) Group(prefix string, handlers ...Handler) Router     { panic("stub") }
func (app *App) Listen(addr string) error                            { panic("stub") }

func (grp *Group) Use(args ...interface{}) Router                      { panic("stub") }
func (grp *Group) Get(path string, handlers ...Handler) Router         { panic("stub") }
func (grp *Group) Post(path string, handlers ...Handler) Router        { panic("stub") }
func (grp *Group) Put(path string, handlers ...Handler) Router         { panic("stub") }
func (grp *Group) Add(method, path string, handlers ...Handler) Router { panic("stub") }
func (grp *Group) All(path string, handlers ...Handler) Router         { panic("stub") }
func (grp *Group) Group(prefix string, handlers ...Handler) Router     { panic("stub") }

func (c *Ctx) Body() []byte                                        { panic("stub") }
func (c *Ctx) FormValue(key string, defaultValue ...string) string { panic("stub") }
func (c *Ctx) Get(key string, defaultValue ...string) string       { panic("stub") }
func (c *Ctx) JSON(data interface{}, ctype ...string) error        { panic("stub") }
func (c *Ctx) Next() error                                         { panic("stub") }
func (c *Ctx) Params(key string, defaultValue ...string) string    { panic("stub") }
func (c *Ctx) Query(key string, defaultValue ...string) string     { panic("stub") }
func (c *Ctx) Redirect(location string, status ...int) error       { panic("stub") }
func (c *Ctx) SendStatus(status int) error                         { panic("stub") }
func (c *Ctx) SendString(body string) error                        { panic("stub") }
func (c *Ctx) Status(status int) *Ctx                              { panic("stub") }

// Error represents an error that occurred while handling a request.
type Error struct {
	Code    int
	Message string
}

func (e *Error) Error() string { panic("stub") }

// NewError creates a new Error instance with an optional message.
func NewError(code int, message ...string) *Error { panic("stub") }

// Status codes.
const (
	StatusOK         = 200
	StatusBadRequest = 400
)
