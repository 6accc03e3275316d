#pragma once
// A fixed-capacity ring: memory is allocated once, at construction, and never grows. Appending
// to a full ring overwrites the oldest element. Index 0 is the oldest element still held.

#include <QtGlobal>

#include <vector>

namespace ha {

template<typename T>
class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity)
        : m_data(static_cast<std::size_t>(qMax<qsizetype>(capacity, 1)))
    {
    }

    qsizetype capacity() const { return static_cast<qsizetype>(m_data.size()); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool isFull() const { return m_size == capacity(); }
    // How many elements were overwritten since construction or clear().
    qint64 evicted() const { return m_evicted; }

    void append(const T &value)
    {
        m_data[static_cast<std::size_t>((m_head + m_size) % capacity())] = value;
        if (m_size < capacity()) {
            ++m_size;
        } else {
            m_head = (m_head + 1) % capacity();
            ++m_evicted;
        }
    }

    // 0 <= i < size(); 0 is the oldest.
    const T &at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_data[static_cast<std::size_t>((m_head + i) % capacity())];
    }
    T &at(qsizetype i)
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_data[static_cast<std::size_t>((m_head + i) % capacity())];
    }
    const T &first() const { return at(0); }
    const T &last() const { return at(m_size - 1); }

    void clear()
    {
        m_head = 0;
        m_size = 0;
        m_evicted = 0;
    }

private:
    std::vector<T> m_data;
    qsizetype m_head = 0;
    qsizetype m_size = 0;
    qint64 m_evicted = 0;
};

} // namespace ha
