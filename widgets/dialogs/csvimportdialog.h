#pragma once

#include "access/userimport.h"

#include <QDialog>

class QTableWidget;

namespace zenml::gui {

// The preview of `user import`: every person of the CSV, the bad lines marked with their problem.
// Import stays disabled while any line is bad; the caller imports when accepted.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(const access::UserImport &import, const QString &fileName,
                    QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace zenml::gui
