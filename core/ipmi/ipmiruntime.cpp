#include "ipmiruntime.h"

#include <OpenIPMI/ipmiif.h>
#include <OpenIPMI/os_handler.h>

#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <sys/random.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

Q_LOGGING_CATEGORY(lcIpmi, "ha.ipmi", QtWarningMsg)

// The library sees these as opaque handles.
struct os_hnd_fd_id_s
{
    int fd = -1;
    QSocketNotifier *read = nullptr;
    QSocketNotifier *write = nullptr;
    os_data_ready_t readReady = nullptr;
    os_data_ready_t writeReady = nullptr;
    void *cbData = nullptr;
    os_fd_data_freed_t freed = nullptr;
};

struct os_hnd_timer_id_s
{
    QTimer *timer = nullptr;
    os_timed_out_t timedOut = nullptr;
    void *cbData = nullptr;
    bool running = false;
};

namespace ha::ipmi {

namespace {

struct State
{
    os_handler_t *os = nullptr;
    QObject *owner = nullptr;    // parent of every notifier and timer
    int refs = 0;
    int deferred = 0;            // fd "freed" notifications not yet delivered
    int fds = 0;
    bool shutdownQueued = false;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> idleWaiters;
    LogHandler logHandler;
    QByteArray debugLine;        // DEBUG_START/CONT/END pieces
};

State &state()
{
    static State s;
    return s;
}

// --- memory: every block is scrubbed on free, so passwords the library copied (session
// setup, RAKP keys) do not linger in freed heap memory.
constexpr size_t kHeader = alignof(std::max_align_t) > sizeof(size_t) ? alignof(std::max_align_t)
                                                                      : sizeof(size_t);

void *memAlloc(int size)
{
    if (size < 0)
        return nullptr;
    auto *block = static_cast<char *>(std::malloc(kHeader + static_cast<size_t>(size)));
    if (!block)
        return nullptr;
    const size_t n = static_cast<size_t>(size);
    std::memcpy(block, &n, sizeof n);
    return block + kHeader;
}

void memFree(void *data)
{
    if (!data)
        return;
    char *block = static_cast<char *>(data) - kHeader;
    size_t n = 0;
    std::memcpy(&n, block, sizeof n);
    explicit_bzero(data, n);
    std::free(block);
}

// --- file descriptors
int addFd(os_handler_t *, int fd, os_data_ready_t ready, void *cbData, os_fd_data_freed_t freed,
          os_hnd_fd_id_t **id)
{
    auto *f = new os_hnd_fd_id_t;
    f->fd = fd;
    f->readReady = ready;
    f->cbData = cbData;
    f->freed = freed;
    f->read = new QSocketNotifier(fd, QSocketNotifier::Read, state().owner);
    QObject::connect(f->read, &QSocketNotifier::activated, f->read, [f] {
        if (f->readReady)
            f->readReady(f->fd, f->cbData, f);
    });
    ++state().fds;
    *id = f;
    return 0;
}

int removeFd(os_handler_t *, os_hnd_fd_id_t *f)
{
    if (!f)
        return EINVAL;
    for (QSocketNotifier *n : {f->read, f->write}) {
        if (n) {
            n->setEnabled(false);
            n->disconnect();
            n->deleteLater();
        }
    }
    f->read = f->write = nullptr;
    --state().fds;
    // The library may be inside this fd's callback: report "freed" only after it returned.
    ++state().deferred;
    QTimer::singleShot(0, state().owner, [f] {
        if (f->freed)
            f->freed(f->fd, f->cbData);
        delete f;
        --state().deferred;
    });
    return 0;
}

void setFdHandlers(os_handler_t *, os_hnd_fd_id_t *f, os_data_ready_t writeReady,
                   os_data_ready_t /*exceptReady*/)
{
    f->writeReady = writeReady;
}

int setFdEnables(os_handler_t *, os_hnd_fd_id_t *f, int read, int write, int /*except*/)
{
    if (f->read)
        f->read->setEnabled(read != 0);
    if (write && !f->write) {
        f->write = new QSocketNotifier(f->fd, QSocketNotifier::Write, state().owner);
        QObject::connect(f->write, &QSocketNotifier::activated, f->write, [f] {
            if (f->writeReady)
                f->writeReady(f->fd, f->cbData, f);
        });
    }
    if (f->write)
        f->write->setEnabled(write != 0);
    return 0;
}

// --- timers
int allocTimer(os_handler_t *, os_hnd_timer_id_t **id)
{
    auto *t = new os_hnd_timer_id_t;
    t->timer = new QTimer(state().owner);
    t->timer->setSingleShot(true);
    t->timer->setTimerType(Qt::PreciseTimer);
    QObject::connect(t->timer, &QTimer::timeout, t->timer, [t] {
        t->running = false;
        if (t->timedOut)
            t->timedOut(t->cbData, t);
    });
    *id = t;
    return 0;
}

int freeTimer(os_handler_t *, os_hnd_timer_id_t *t)
{
    if (!t)
        return EINVAL;
    t->timer->stop();
    t->timer->disconnect();
    t->timer->deleteLater(); // may be called from inside its own timeout
    delete t;
    return 0;
}

int startTimer(os_handler_t *, os_hnd_timer_id_t *t, struct timeval *timeout, os_timed_out_t timedOut,
               void *cbData)
{
    if (t->running)
        return EBUSY;
    t->timedOut = timedOut;
    t->cbData = cbData;
    t->running = true;
    const qint64 ms = static_cast<qint64>(timeout->tv_sec) * 1000 + (timeout->tv_usec + 999) / 1000;
    t->timer->start(static_cast<int>(std::max<qint64>(0, std::min<qint64>(ms, 24 * 3600 * 1000))));
    return 0;
}

int stopTimer(os_handler_t *, os_hnd_timer_id_t *t)
{
    if (!t->running)
        return ESRCH;
    t->timer->stop();
    t->running = false;
    return 0;
}

// --- locks: single-threaded by design (everything runs on one event loop).
char g_lockToken;
int createLock(os_handler_t *, os_hnd_lock_t **id)
{
    *id = reinterpret_cast<os_hnd_lock_t *>(&g_lockToken);
    return 0;
}
int destroyLock(os_handler_t *, os_hnd_lock_t *) { return 0; }
int lockNoop(os_handler_t *, os_hnd_lock_t *) { return 0; }

int getRandom(os_handler_t *, void *data, unsigned int len)
{
    auto *p = static_cast<char *>(data);
    size_t left = len;
    while (left > 0) {
        const ssize_t n = getrandom(p, left, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        p += n;
        left -= static_cast<size_t>(n);
    }
    return 0;
}

// --- logging
void deliver(LogLevel level, const QString &msg)
{
    if (state().logHandler) {
        state().logHandler(level, msg);
        return;
    }
    switch (level) {
    case LogLevel::Debug: qCDebug(lcIpmi).noquote() << msg; break;
    case LogLevel::Info: qCInfo(lcIpmi).noquote() << msg; break;
    case LogLevel::Warning: qCWarning(lcIpmi).noquote() << msg; break;
    case LogLevel::Error: qCCritical(lcIpmi).noquote() << msg; break;
    }
}

__attribute__((format(printf, 3, 0)))
void vlogImpl(os_handler_t *, enum ipmi_log_type_e type, const char *format, va_list ap)
{
    char buf[1024];
    std::vsnprintf(buf, sizeof buf, format, ap);
    State &s = state();
    switch (type) {
    case IPMI_LOG_DEBUG_START:
        s.debugLine = buf;
        return;
    case IPMI_LOG_DEBUG_CONT:
        s.debugLine += buf;
        return;
    case IPMI_LOG_DEBUG_END:
        s.debugLine += buf;
        deliver(LogLevel::Debug, QString::fromLocal8Bit(s.debugLine));
        s.debugLine.clear();
        return;
    case IPMI_LOG_DEBUG: deliver(LogLevel::Debug, QString::fromLocal8Bit(buf)); return;
    case IPMI_LOG_INFO: deliver(LogLevel::Info, QString::fromLocal8Bit(buf)); return;
    case IPMI_LOG_WARNING:
    case IPMI_LOG_ERR_INFO: deliver(LogLevel::Warning, QString::fromLocal8Bit(buf)); return;
    case IPMI_LOG_SEVERE:
    case IPMI_LOG_FATAL: deliver(LogLevel::Error, QString::fromLocal8Bit(buf)); return;
    }
}

__attribute__((format(printf, 3, 4)))
void logImpl(os_handler_t *h, enum ipmi_log_type_e type, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    vlogImpl(h, type, format, ap);
    va_end(ap);
}

void freeOsHandler(os_handler_t *h)
{
    std::free(h);
}

int monotonicTime(os_handler_t *, struct timeval *tv)
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    tv->tv_sec = ts.tv_sec;
    tv->tv_usec = ts.tv_nsec / 1000;
    return 0;
}

int realTime(os_handler_t *, struct timeval *tv)
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    tv->tv_sec = ts.tv_sec;
    tv->tv_usec = ts.tv_nsec / 1000;
    return 0;
}

os_handler_t *makeOsHandler()
{
    // calloc, not ipmi_alloc_os_handler(): that one crashes when called outside init/shutdown.
    auto *h = static_cast<os_handler_t *>(std::calloc(1, sizeof(os_handler_t)));
    h->mem_alloc = memAlloc;
    h->mem_free = memFree;
    h->add_fd_to_wait_for = addFd;
    h->remove_fd_to_wait_for = removeFd;
    h->alloc_timer = allocTimer;
    h->free_timer = freeTimer;
    h->start_timer = startTimer;
    h->stop_timer = stopTimer;
    h->create_lock = createLock;
    h->destroy_lock = destroyLock;
    h->lock = lockNoop;
    h->unlock = lockNoop;
    h->get_random = getRandom;
    h->log = logImpl;
    h->vlog = vlogImpl;
    h->free_os_handler = freeOsHandler;
    h->set_fd_handlers = setFdHandlers;
    h->set_fd_enables = setFdEnables;
    h->get_monotonic_time = monotonicTime;
    h->get_real_time = realTime;
    return h;
}

void notifyIdle()
{
    auto waiters = std::move(state().idleWaiters);
    state().idleWaiters.clear();
    for (auto &w : waiters) {
        if (w.first)
            w.second();
    }
}

void tryShutdown(int attempt)
{
    State &s = state();
    s.shutdownQueued = false;
    if (s.refs > 0 || !s.os)
        return;
    // Let deferred frees and the library's zero-delay timers run first (else it leaks).
    if ((s.deferred > 0 || s.fds > 0) && attempt < 200) {
        s.shutdownQueued = true;
        QTimer::singleShot(attempt < 10 ? 0 : 5, QCoreApplication::instance(),
                           [attempt] { tryShutdown(attempt + 1); });
        return;
    }
    ipmi_shutdown();
    os_handler_t *os = s.os;
    s.os = nullptr;
    os->free_os_handler(os);
    delete s.owner; // any notifier/timer the library did not free goes with it
    s.owner = nullptr;
    notifyIdle();
}

} // namespace

void setLogHandler(LogHandler handler)
{
    state().logHandler = std::move(handler);
}

os_handler_t *Runtime::acquire()
{
    State &s = state();
    if (!s.os) {
        s.owner = new QObject;
        s.owner->setObjectName(QStringLiteral("OpenIPMI runtime"));
        s.os = makeOsHandler();
        const int rv = ipmi_init(s.os);
        if (rv != 0) {
            freeOsHandler(s.os);
            s.os = nullptr;
            delete s.owner;
            s.owner = nullptr;
            return nullptr;
        }
    }
    ++s.refs;
    return s.os;
}

void Runtime::release()
{
    State &s = state();
    if (s.refs <= 0)
        return;
    if (--s.refs == 0 && !s.shutdownQueued) {
        s.shutdownQueued = true;
        QTimer::singleShot(0, QCoreApplication::instance(), [] { tryShutdown(0); });
    }
}

bool Runtime::isActive()
{
    return state().os != nullptr;
}

void Runtime::whenIdle(QObject *context, std::function<void()> fn)
{
    if (!isActive()) {
        QTimer::singleShot(0, context, std::move(fn));
        return;
    }
    state().idleWaiters.append({QPointer<QObject>(context), std::move(fn)});
}

} // namespace ha::ipmi
