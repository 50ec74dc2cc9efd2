// @ts-check
/**
 * Vietnamese first, English available. Static text carries data-i18n="key"; scripts call t(key) and
 * label(kind, value) for the API's enums. The choice is remembered on the device.
 */

/** @typedef {'vi' | 'en'} Language */
/** @typedef {keyof typeof TEXT.vi} TextKey */

const TEXT = {
  vi: {
    center: 'Trung tâm Phục vụ hành chính công',
    province: 'tỉnh Cà Mau',
    'nav.catalogue': 'Thủ tục hành chính',
    'nav.lookup': 'Tra cứu hồ sơ',
    'nav.kiosk': 'Lấy số thứ tự',
    'nav.board': 'Bảng gọi số',
    'nav.console': 'Quầy tiếp nhận',
    'language.switch': 'English',
    'catalogue.title': 'Tìm thủ tục hành chính',
    'catalogue.search': 'Tên hoặc mã thủ tục',
    'catalogue.agency': 'Cơ quan thực hiện',
    'catalogue.field': 'Lĩnh vực',
    'catalogue.onlineLevel': 'Dịch vụ công trực tuyến',
    'catalogue.any': 'Tất cả',
    'catalogue.submit': 'Tìm kiếm',
    'catalogue.found': '{n} thủ tục',
    'catalogue.none': 'Không tìm thấy thủ tục nào.',
    'catalogue.more': 'Xem thêm',
    'procedure.code': 'Mã thủ tục',
    'procedure.agency': 'Cơ quan thực hiện',
    'procedure.field': 'Lĩnh vực',
    'procedure.level': 'Cấp thực hiện',
    'procedure.applicants': 'Đối tượng thực hiện',
    'procedure.onlineLevel': 'Mức độ trực tuyến',
    'procedure.channels': 'Cách thức thực hiện, thời hạn và phí',
    'procedure.channel': 'Hình thức nộp',
    'procedure.days': 'Thời hạn giải quyết',
    'procedure.fee': 'Phí, lệ phí',
    'procedure.daysValue': '{n} ngày làm việc',
    'procedure.sameDay': 'Giải quyết trong ngày',
    'procedure.free': 'Không mất phí',
    'procedure.documents': 'Thành phần hồ sơ',
    'procedure.document': 'Tên giấy tờ',
    'procedure.originals': 'Bản chính',
    'procedure.copies': 'Bản sao',
    'procedure.template': 'Mẫu đơn',
    'procedure.cases': 'Trường hợp',
    'procedure.steps': 'Trình tự thực hiện',
    'procedure.conditions': 'Yêu cầu, điều kiện',
    'procedure.result': 'Kết quả',
    'procedure.legalBasis': 'Căn cứ pháp lý',
    'procedure.effective': 'Hiệu lực',
    'procedure.notFound': 'Không có thủ tục này.',
    'procedure.back': 'Quay lại danh sách',
    'lookup.title': 'Tra cứu tình trạng hồ sơ',
    'lookup.hint': 'Nhập mã hồ sơ và mã tra cứu in trên giấy tiếp nhận, hoặc quét mã QR trên giấy.',
    'lookup.code': 'Mã hồ sơ',
    'lookup.secret': 'Mã tra cứu',
    'lookup.submit': 'Tra cứu',
    'lookup.notFound': 'Không tìm thấy hồ sơ với mã và mã tra cứu này.',
    'lookup.tooMany': 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ít phút.',
    'lookup.status': 'Tình trạng',
    'lookup.procedure': 'Thủ tục',
    'lookup.agency': 'Cơ quan đang giải quyết',
    'lookup.received': 'Ngày tiếp nhận',
    'lookup.appointment': 'Ngày hẹn trả kết quả',
    'lookup.finished': 'Ngày có kết quả',
    'lookup.overdue': 'Hồ sơ đã quá hạn giải quyết.',
    'lookup.apology': 'Cơ quan giải quyết đã gửi thư xin lỗi và hẹn lại ngày trả kết quả.',
    'lookup.history': 'Quá trình giải quyết',
    'lookup.when': 'Thời điểm',
    'lookup.what': 'Nội dung',
    'lookup.where': 'Cơ quan',
    'kiosk.title': 'Lấy số thứ tự',
    'kiosk.priority': 'Ưu tiên',
    'kiosk.group': 'Chọn lĩnh vực cần giải quyết',
    'kiosk.orProcedure': 'Hoặc tìm thủ tục',
    'kiosk.procedureLabel': 'Tên thủ tục',
    'kiosk.waiting': '{n} người đang chờ',
    'kiosk.yourNumber': 'Số thứ tự của bạn',
    'kiosk.ahead': 'Trước bạn: {n} người',
    'kiosk.wait': 'chờ khoảng {n} phút',
    'kiosk.print': 'In phiếu',
    'kiosk.done': 'Xong',
    'kiosk.unknownCenter': 'Không có trung tâm này. Kiểm tra địa chỉ của máy (?center=...).',
    'board.title': 'Mời công dân có số',
    'board.number': 'Số',
    'board.counter': 'Quầy',
    'board.waiting': 'Đang chờ',
    'board.group': 'Lĩnh vực',
    'board.people': 'Số người',
    'board.sound': 'Âm báo khi gọi số',
    'board.offline': 'Mất kết nối, đang kết nối lại…',
    'board.called': 'Mời số {number} đến quầy {counter}',
    'console.title': 'Quầy tiếp nhận',
    'console.signIn': 'Đăng nhập',
    'console.signOut': 'Đăng xuất',
    'console.signInHint': 'Cán bộ đăng nhập bằng tài khoản của trung tâm để mở quầy.',
    'console.devHint': 'Chế độ phát triển: dán mã thông báo tạo bằng java src/dev/DevToken.java counter-officer center_code=BLU counter_code=Q01',
    'console.devToken': 'Mã thông báo',
    'console.expired': 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    'console.notCounterOfficer': 'Tài khoản này không gắn với quầy nào.',
    'console.who': '{who} · quầy {counter} · {center}',
    'console.open': 'Mở quầy',
    'console.close': 'Đóng quầy',
    'console.callNext': 'Gọi số tiếp theo',
    'console.nobody': 'Không còn ai chờ ở quầy này.',
    'console.current': 'Đang phục vụ',
    'console.noTicket': 'Chưa gọi số nào.',
    'console.recall': 'Gọi lại',
    'console.serve': 'Bắt đầu phục vụ',
    'console.park': 'Tạm gác',
    'console.noShow': 'Vắng mặt',
    'console.finish': 'Hoàn thành',
    'console.transferTo': 'Chuyển sang',
    'console.transfer': 'Chuyển',
    'console.line': 'Hàng chờ',
    'error.network': 'Không kết nối được với máy chủ. Vui lòng thử lại.',
    'error.other': 'Đã có lỗi xảy ra ({code}).',
    loading: 'Đang tải…',
  },
  en: {
    center: 'Public Administration Service Center',
    province: 'Cà Mau province',
    'nav.catalogue': 'Procedures',
    'nav.lookup': 'Dossier look-up',
    'nav.kiosk': 'Take a ticket',
    'nav.board': 'Display board',
    'nav.console': 'Counter console',
    'language.switch': 'Tiếng Việt',
    'catalogue.title': 'Find an administrative procedure',
    'catalogue.search': 'Procedure name or code',
    'catalogue.agency': 'Agency',
    'catalogue.field': 'Field',
    'catalogue.onlineLevel': 'Online service',
    'catalogue.any': 'All',
    'catalogue.submit': 'Search',
    'catalogue.found': '{n} procedures',
    'catalogue.none': 'No procedure found.',
    'catalogue.more': 'Show more',
    'procedure.code': 'Code',
    'procedure.agency': 'Agency',
    'procedure.field': 'Field',
    'procedure.level': 'Level',
    'procedure.applicants': 'Who may apply',
    'procedure.onlineLevel': 'Online level',
    'procedure.channels': 'How to apply, time and fees',
    'procedure.channel': 'Channel',
    'procedure.days': 'Processing time',
    'procedure.fee': 'Fees',
    'procedure.daysValue': '{n} working days',
    'procedure.sameDay': 'Settled the same day',
    'procedure.free': 'Free of charge',
    'procedure.documents': 'Documents to bring',
    'procedure.document': 'Document',
    'procedure.originals': 'Originals',
    'procedure.copies': 'Copies',
    'procedure.template': 'Form',
    'procedure.cases': 'Cases',
    'procedure.steps': 'Steps',
    'procedure.conditions': 'Conditions',
    'procedure.result': 'Result',
    'procedure.legalBasis': 'Legal basis',
    'procedure.effective': 'In force',
    'procedure.notFound': 'There is no such procedure.',
    'procedure.back': 'Back to the list',
    'lookup.title': 'Dossier status',
    'lookup.hint': 'Type the dossier code and the look-up code printed on the receipt, or scan its QR code.',
    'lookup.code': 'Dossier code',
    'lookup.secret': 'Look-up code',
    'lookup.submit': 'Look up',
    'lookup.notFound': 'No dossier with this code and look-up code.',
    'lookup.tooMany': 'Too many attempts. Please try again in a few minutes.',
    'lookup.status': 'Status',
    'lookup.procedure': 'Procedure',
    'lookup.agency': 'Agency handling it',
    'lookup.received': 'Received on',
    'lookup.appointment': 'Result promised on',
    'lookup.finished': 'Result ready on',
    'lookup.overdue': 'The dossier is past its due date.',
    'lookup.apology': 'The agency sent an apology letter and promised a new date.',
    'lookup.history': 'History',
    'lookup.when': 'When',
    'lookup.what': 'What',
    'lookup.where': 'Agency',
    'kiosk.title': 'Take a ticket',
    'kiosk.priority': 'Priority',
    'kiosk.group': 'Choose what you came for',
    'kiosk.orProcedure': 'Or find the procedure',
    'kiosk.procedureLabel': 'Name of the procedure',
    'kiosk.waiting': '{n} waiting',
    'kiosk.yourNumber': 'Your number',
    'kiosk.ahead': '{n} ahead of you',
    'kiosk.wait': 'about {n} minutes',
    'kiosk.print': 'Print',
    'kiosk.done': 'Done',
    'kiosk.unknownCenter': 'There is no such center. Check the address of this screen (?center=...).',
    'board.title': 'Now serving',
    'board.number': 'Number',
    'board.counter': 'Counter',
    'board.waiting': 'Waiting',
    'board.group': 'Service',
    'board.people': 'People',
    'board.sound': 'Sound on each call',
    'board.offline': 'Connection lost, reconnecting…',
    'board.called': 'Number {number}, please go to counter {counter}',
    'console.title': 'Counter console',
    'console.signIn': 'Sign in',
    'console.signOut': 'Sign out',
    'console.signInHint': 'Officers sign in with their center account to open their counter.',
    'console.devHint': 'Development mode: paste a token from java src/dev/DevToken.java counter-officer center_code=BLU counter_code=Q01',
    'console.devToken': 'Token',
    'console.expired': 'The session has expired. Please sign in again.',
    'console.notCounterOfficer': 'This account is not tied to a counter.',
    'console.who': '{who} · counter {counter} · {center}',
    'console.open': 'Open the counter',
    'console.close': 'Close the counter',
    'console.callNext': 'Call the next number',
    'console.nobody': 'Nobody is waiting for this counter.',
    'console.current': 'Serving',
    'console.noTicket': 'No number called yet.',
    'console.recall': 'Call again',
    'console.serve': 'Start serving',
    'console.park': 'Set aside',
    'console.noShow': 'Did not come',
    'console.finish': 'Finish',
    'console.transferTo': 'Send to',
    'console.transfer': 'Send',
    'console.line': 'Waiting line',
    'error.network': 'The server cannot be reached. Please try again.',
    'error.other': 'Something went wrong ({code}).',
    loading: 'Loading…',
  },
};

/** Labels of the API's enums, by enum name and value. */
const LABELS = {
  vi: {
    TicketStatus: { WAITING: 'Đang chờ', CALLED: 'Đã gọi', SERVING: 'Đang phục vụ', PARKED: 'Tạm gác',
      DONE: 'Hoàn thành', NO_SHOW: 'Vắng mặt', CANCELLED: 'Đã hủy', TRANSFERRED: 'Đã chuyển' },
    CounterStatus: { OPEN: 'Đang mở', BREAK: 'Tạm nghỉ', CLOSED: 'Đã đóng' },
    TicketPriority: { NORMAL: 'Thông thường', ELDERLY: 'Người cao tuổi', DISABLED: 'Người khuyết tật',
      PREGNANT: 'Phụ nữ mang thai' },
    OnlineLevel: { FULL: 'Toàn trình', PARTIAL: 'Một phần', NONE: 'Không trực tuyến' },
    Channel: { DIRECT: 'Trực tiếp', ONLINE: 'Trực tuyến', POSTAL: 'Qua bưu chính' },
    ProcedureLevel: { CENTRAL: 'Trung ương', PROVINCIAL: 'Cấp tỉnh', DISTRICT: 'Cấp huyện', COMMUNE: 'Cấp xã' },
    ApplicantType: { CITIZEN: 'Cá nhân', ORGANISATION: 'Tổ chức, doanh nghiệp' },
    DossierStatus: { SUBMITTED: 'Đã nộp trực tuyến', RECEIVED: 'Đã tiếp nhận', PROCESSING: 'Đang giải quyết',
      SUPPLEMENT_REQUESTED: 'Chờ bổ sung hồ sơ', PAYMENT_DUE: 'Chờ nộp phí', RESULT_READY: 'Đã có kết quả',
      RETURNED: 'Đã trả kết quả', REFUSED: 'Từ chối giải quyết', WITHDRAWN: 'Đã rút hồ sơ',
      STOPPED: 'Dừng giải quyết' },
    DossierAction: { SUBMIT: 'Nộp hồ sơ trực tuyến', RECEIVE: 'Tiếp nhận hồ sơ', ACCEPT: 'Bắt đầu giải quyết',
      TRANSFER: 'Chuyển xử lý', REQUEST_SUPPLEMENT: 'Yêu cầu bổ sung', RECEIVE_SUPPLEMENT: 'Nhận hồ sơ bổ sung',
      REQUEST_PAYMENT: 'Yêu cầu nộp phí', CONFIRM_PAYMENT: 'Đã nộp phí', ISSUE_APOLOGY: 'Thư xin lỗi, hẹn lại',
      RECORD_RESULT: 'Có kết quả', RETURN_RESULT: 'Trả kết quả', REFUSE: 'Từ chối', WITHDRAW: 'Rút hồ sơ',
      STOP: 'Dừng giải quyết' },
  },
  en: {
    TicketStatus: { WAITING: 'Waiting', CALLED: 'Called', SERVING: 'Being served', PARKED: 'Set aside',
      DONE: 'Done', NO_SHOW: 'Did not come', CANCELLED: 'Cancelled', TRANSFERRED: 'Sent on' },
    CounterStatus: { OPEN: 'Open', BREAK: 'On a break', CLOSED: 'Closed' },
    TicketPriority: { NORMAL: 'None', ELDERLY: 'Elderly', DISABLED: 'Disability', PREGNANT: 'Pregnant' },
    OnlineLevel: { FULL: 'Fully online', PARTIAL: 'Partly online', NONE: 'In person only' },
    Channel: { DIRECT: 'In person', ONLINE: 'Online', POSTAL: 'By post' },
    ProcedureLevel: { CENTRAL: 'Central', PROVINCIAL: 'Province', DISTRICT: 'District', COMMUNE: 'Commune' },
    ApplicantType: { CITIZEN: 'Individuals', ORGANISATION: 'Organisations and businesses' },
    DossierStatus: { SUBMITTED: 'Submitted online', RECEIVED: 'Received', PROCESSING: 'In progress',
      SUPPLEMENT_REQUESTED: 'Waiting for more papers', PAYMENT_DUE: 'Waiting for a fee',
      RESULT_READY: 'Result ready', RETURNED: 'Result returned', REFUSED: 'Refused', WITHDRAWN: 'Withdrawn',
      STOPPED: 'Stopped' },
    DossierAction: { SUBMIT: 'Submitted online', RECEIVE: 'Received', ACCEPT: 'Processing started',
      TRANSFER: 'Transferred', REQUEST_SUPPLEMENT: 'More papers asked for', RECEIVE_SUPPLEMENT: 'Papers received',
      REQUEST_PAYMENT: 'Fee asked for', CONFIRM_PAYMENT: 'Fee paid', ISSUE_APOLOGY: 'Apology, new date',
      RECORD_RESULT: 'Result recorded', RETURN_RESULT: 'Result returned', REFUSE: 'Refused', WITHDRAW: 'Withdrawn',
      STOP: 'Stopped' },
  },
};

const STORAGE_KEY = 'motcua.language';

/** @returns {Language} */
export function language() {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

/**
 * @param {TextKey} key
 * @param {Record<string, string | number>} [values] for {placeholders}
 */
export function t(key, values = {}) {
  const text = TEXT[language()][key] ?? TEXT.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/**
 * @param {keyof typeof LABELS.vi} kind
 * @param {string} value
 */
export function label(kind, value) {
  /** @type {Record<string, string>} */
  const labels = LABELS[language()][kind];
  return labels[value] ?? value;
}

/** @param {string} isoDate "2026-11-29" @returns {string} 29/11/2026 */
export function date(isoDate) {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** @param {string} isoInstant @returns {string} local date and time in the center's zone */
export function dateTime(isoInstant) {
  return new Intl.DateTimeFormat(language() === 'vi' ? 'vi-VN' : 'en-GB', {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(isoInstant));
}

/** @param {number} days working days, 0 for the same day */
export function processingTime(days) {
  return days === 0 ? t('procedure.sameDay') : t('procedure.daysValue', { n: days });
}

/** @param {number} n */
export function count(n) {
  return new Intl.NumberFormat('vi-VN').format(n);
}

/** @param {number} vnd */
export function money(vnd) {
  return new Intl.NumberFormat('vi-VN').format(vnd) + ' ₫';
}

/** Puts the page's static text in the chosen language and wires the switch; `onChange` re-renders. */
export function applyLanguage(onChange = () => {}) {
  const lang = language();
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach((element) => {
    const key = /** @type {TextKey} */ (element.getAttribute('data-i18n'));
    element.textContent = t(key);
  });
  document.querySelectorAll('[data-i18n-placeholder]').forEach((element) => {
    const key = /** @type {TextKey} */ (element.getAttribute('data-i18n-placeholder'));
    element.setAttribute('placeholder', t(key));
  });
  const toggle = document.getElementById('language');
  if (toggle) {
    toggle.setAttribute('lang', lang === 'vi' ? 'en' : 'vi');
    toggle.onclick = () => {
      localStorage.setItem(STORAGE_KEY, lang === 'vi' ? 'en' : 'vi');
      applyLanguage(onChange);
      onChange();
    };
  }
}
