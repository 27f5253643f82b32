<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SellerTrain</source>
        <translation>关于 SellerTrain</translation>
    </message>
    <message>
        <source>SellerTrain {version}</source>
        <translation>SellerTrain {version}</translation>
    </message>
    <message>
        <source>Training for cross-border e-commerce staff: platform rules, quizzes, progress.</source>
        <translation>面向跨境电商员工的培训：平台规则、测验与学习进度。</translation>
    </message>
    <message>
        <source>not a built copy (running from the source code)</source>
        <translation>非安装版（从源代码运行）</translation>
    </message>
    <message>
        <source>{date} (from commit {commit})</source>
        <translation>{date}（提交 {commit}）</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Built:</source>
        <translation>构建日期：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>日志文件：</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>the database already has accounts; ask a manager to add you</source>
        <translation>数据库中已有账户；请让经理为你添加账户</translation>
    </message>
    <message>
        <source>the password for {name} must have at least {min_password_length} characters</source>
        <translation>{name} 的密码至少需要 {min_password_length} 个字符</translation>
    </message>
    <message>
        <source>the password for {name} is one of the first that anyone would guess; choose a less common one (a few unrelated words make a good one)</source>
        <translation>{name} 的密码是别人最先会猜到的那种；请换一个不那么常见的（几个互不相关的词组合起来就很好）</translation>
    </message>
    <message>
        <source>only managers may {what}</source>
        <translation>只有经理才能{what}</translation>
    </message>
    <message>
        <source>you may only see your own records</source>
        <translation>你只能查看自己的记录</translation>
    </message>
    <message>
        <source>no such employee</source>
        <translation>没有这名员工</translation>
    </message>
    <message>
        <source>you manage only the employees of your departments</source>
        <translation>你只能管理自己部门的员工</translation>
    </message>
    <message>
        <source>only company managers may {what}</source>
        <translation>只有公司经理才能{what}</translation>
    </message>
    <message>
        <source>training records are written only for the signed-in employee</source>
        <translation>培训记录只能记在已登录的员工名下</translation>
    </message>
    <message>
        <source>only authors and managers may {what}</source>
        <translation>只有作者和经理才能{what}</translation>
    </message>
    <message>
        <source>change the course</source>
        <translation>修改课程内容</translation>
    </message>
    <message>
        <source>publish drafts</source>
        <translation>发布草稿</translation>
    </message>
    <message>
        <source>import questions</source>
        <translation>导入题目</translation>
    </message>
    <message>
        <source>publish lesson changes</source>
        <translation>发布课程变更</translation>
    </message>
    <message>
        <source>see unpublished changes</source>
        <translation>查看未发布的变更</translation>
    </message>
    <message>
        <source>publish quiz changes</source>
        <translation>发布测验变更</translation>
    </message>
    <message>
        <source>see translations</source>
        <translation>查看译文</translation>
    </message>
    <message>
        <source>{path} is not a file of the course in {root}</source>
        <translation>{path} 不是 {root} 中课程的文件</translation>
    </message>
    <message>
        <source>only lessons/*.md and quizzes/*.md can be saved, not {relative}</source>
        <translation>只能保存 “lessons/*.md” 和 “quizzes/*.md”，不能保存 {relative}</translation>
    </message>
    <message>
        <source>only Markdown (.md) files can be saved, not {relative}</source>
        <translation>只能保存 Markdown（.md）文件，不能保存 {relative}</translation>
    </message>
    <message>
        <source>you may only submit your own attempts</source>
        <translation>你只能提交自己的作答</translation>
    </message>
    <message>
        <source>this attempt was already submitted; its result cannot be changed</source>
        <translation>这次作答已经提交；成绩不能再更改</translation>
    </message>
    <message>
        <source>the quiz changed since this attempt started; start it again</source>
        <translation>本次作答开始后测验已更新；请重新开始</translation>
    </message>
    <message>
        <source>add employees</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>{name}: you manage only the employees of your departments</source>
        <translation>{name}：你只能管理自己部门的员工</translation>
    </message>
    <message>
        <source>{name}: only company managers may add managers</source>
        <translation>{name}：只有公司经理才能添加主管</translation>
    </message>
    <message>
        <source>add departments</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>make managers</source>
        <translation>任命经理</translation>
    </message>
    <message>
        <source>change start dates</source>
        <translation>修改入职日期</translation>
    </message>
    <message>
        <source>change departments</source>
        <translation>修改部门</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>choose what a manager manages</source>
        <translation>指定经理管理的范围</translation>
    </message>
    <message>
        <source>deactivate employees</source>
        <translation>停用员工</translation>
    </message>
    <message>
        <source>deactivate managers</source>
        <translation>停用经理</translation>
    </message>
    <message>
        <source>you cannot reset your own password: change it by typing your current one, or ask another manager to reset it</source>
        <translation>你不能重置自己的密码：请输入当前密码来修改，或请另一位经理帮你重置</translation>
    </message>
    <message>
        <source>{what} of a manager</source>
        <translation>对经理{what}</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>see sign-in failures</source>
        <translation>查看登录失败记录</translation>
    </message>
    <message>
        <source>clear the sign-in wait</source>
        <translation>解除登录等待</translation>
    </message>
    <message>
        <source>remove departments</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>see the employees</source>
        <translation>查看员工</translation>
    </message>
    <message>
        <source>see the team&apos;s certificates</source>
        <translation>查看团队的证书</translation>
    </message>
    <message>
        <source>see the problems in received records</source>
        <translation>查看收到的记录中的问题</translation>
    </message>
    <message>
        <source>see the team&apos;s progress</source>
        <translation>查看团队的进度</translation>
    </message>
    <message>
        <source>see the question analysis</source>
        <translation>查看题目分析</translation>
    </message>
    <message>
        <source>see the team&apos;s re-checks</source>
        <translation>查看团队的复核</translation>
    </message>
    <message>
        <source>see the risk areas</source>
        <translation>查看风险领域</translation>
    </message>
    <message>
        <source>see the team&apos;s charts</source>
        <translation>查看团队的图表</translation>
    </message>
    <message>
        <source>see assignments</source>
        <translation>查看培训分配</translation>
    </message>
    <message>
        <source>assign training</source>
        <translation>分配培训</translation>
    </message>
    <message>
        <source>a department manager assigns training only to their departments or to one of their people</source>
        <translation>部门经理只能给自己的部门或自己部门的员工分配培训</translation>
    </message>
    <message>
        <source>extend due dates</source>
        <translation>延长截止日期</translation>
    </message>
    <message>
        <source>no lesson &apos;{lesson}&apos; in the course</source>
        <translation>课程中没有“{lesson}”这一课</translation>
    </message>
    <message>
        <source>remove assignments</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <source>you may remove only the assignments for your departments</source>
        <translation>你只能取消自己部门的培训分配</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>the database {path} is no longer there</source>
        <translation>数据库 {path} 已不在原处</translation>
    </message>
</context>
<context>
    <name>AddEmployeeDialog</name>
    <message>
        <source>Add employee</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Type the employee&apos;s full name.</source>
        <translation>请输入员工的姓名。</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AssignedList</name>
    <message>
        <source>Assigned to you</source>
        <translation>分配给你的培训</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{date} (overdue by 1 day)</source>
        <translation>{date}（已逾期 1 天）</translation>
    </message>
    <message>
        <source>{date} (overdue by {n} days)</source>
        <translation>{date}（已逾期 {n} 天）</translation>
    </message>
    <message>
        <source>{date} (renew)</source>
        <translation>{date}（需复训）</translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation>{date}（今天）</translation>
    </message>
    <message>
        <source>{date} (tomorrow)</source>
        <translation>{date}（明天）</translation>
    </message>
    <message>
        <source>{date} (in {n} days)</source>
        <translation>{date}（{n} 天后）</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Needs refresh</source>
        <translation>需要复训</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Assign training</source>
        <translation>分配培训</translation>
    </message>
    <message>
        <source>Lesson or module to assign</source>
        <translation>要分配的课程或模块</translation>
    </message>
    <message>
        <source>Module: {title}</source>
        <translation>模块：{title}</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>A department</source>
        <translation>某个部门</translation>
    </message>
    <message>
        <source>A role</source>
        <translation>某个角色</translation>
    </message>
    <message>
        <source>One employee</source>
        <translation>某位员工</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>分配给谁</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>How the due date is set</source>
        <translation>截止日期的设定方式</translation>
    </message>
    <message>
        <source>By a date</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>Within a number of days of joining</source>
        <translation>入职后若干天内</translation>
    </message>
    <message>
        <source>Days to finish</source>
        <translation>完成天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Again every {n} months</source>
        <translation>每 {n} 个月重复一次</translation>
    </message>
    <message>
        <source>Assigned training appears as required, with its due date.</source>
        <translation>分配的培训会显示为必修，并带有截止日期。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Staff here now are due on this date; someone who joins later gets as many days from their start date as staff have now.</source>
        <translation>现有员工的截止日期为该日期；之后入职的员工从入职日起获得与现有员工相同的天数。</translation>
    </message>
    <message>
        <source>Staff here now are due this many days from today; someone who joins later, this many days from their start date.</source>
        <translation>现有员工从今天起按此天数截止；之后入职的员工从入职日起按此天数截止。</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <source>Assignments</source>
        <translation>培训分配</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配对象</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>分配日期</translation>
    </message>
    <message>
        <source>Assign training…</source>
        <translation>分配培训…</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <source>Module: {title}</source>
        <translation>模块：{title}</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>{date} (joiners: {n} days)</source>
        <translation>{date}（新员工：{n} 天）</translation>
    </message>
    <message>
        <source>, again every {n} months</source>
        <translation>，每 {n} 个月重复一次</translation>
    </message>
    <message>
        <source>Assignment not made</source>
        <translation>未能分配</translation>
    </message>
    <message>
        <source>Remove assignment?</source>
        <translation>取消分配？</translation>
    </message>
    <message>
        <source>Remove the assignment of &apos;{what}&apos;? Records already made are kept.</source>
        <translation>取消“{what}”的分配？已有的记录会保留。</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>was</source>
        <translation>原为</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>manages</source>
        <translation>管理部门</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>until</source>
        <translation>截止至</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>days to finish</source>
        <translation>完成天数</translation>
    </message>
    <message>
        <source>repeat every (months)</source>
        <translation>重复间隔（月）</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>assigned to</source>
        <translation>分配对象</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>previous version</source>
        <translation>上一版本</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>修订号</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>小节</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>one-time password</source>
        <translation>一次性密码</translation>
    </message>
    <message>
        <source>pass mark</source>
        <translation>及格分</translation>
    </message>
    <message>
        <source>time limit (minutes)</source>
        <translation>时间限制（分钟）</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>failed sign-ins in a row</source>
        <translation>连续登录失败次数</translation>
    </message>
    <message>
        <source>from file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>题目数</translation>
    </message>
    <message>
        <source>questions left out</source>
        <translation>未能转换的题目数</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>material</source>
        <translation>实质性变更</translation>
    </message>
    <message>
        <source>editorial</source>
        <translation>编辑性修改</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{key}: {value}</source>
        <translation>{key}：{value}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Employee added</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Training assigned</source>
        <translation>分配培训</translation>
    </message>
    <message>
        <source>Assignment removed</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <source>Content published</source>
        <translation>发布内容</translation>
    </message>
    <message>
        <source>Employee changed</source>
        <translation>修改员工</translation>
    </message>
    <message>
        <source>Department added</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Department removed</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Questions imported</source>
        <translation>导入题目</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Due date extended</source>
        <translation>延长截止日期</translation>
    </message>
    <message>
        <source>Sign-in wait cleared</source>
        <translation>已解除登录等待</translation>
    </message>
    <message>
        <source>Show changes of kind</source>
        <translation>按变更类型显示</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>全部变更</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>搜索审计日志</translation>
    </message>
    <message>
        <source>Search by name, file or detail</source>
        <translation>按姓名、文件或详情搜索</translation>
    </message>
    <message>
        <source>Changes from this day</source>
        <translation>自此日起的变更</translation>
    </message>
    <message>
        <source>Changes up to this day</source>
        <translation>截至此日的变更</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Load older changes</source>
        <translation>加载更早的变更</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the changes shown as CSV</source>
        <translation>将显示的变更导出为 CSV</translation>
    </message>
    <message>
        <source>Changes are added here as they happen and can never be edited or removed.</source>
        <translation>变更发生时即记录于此，永远不能编辑或删除。</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Audit log: who changed what</source>
        <translation>审计日志：谁改了什么</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>{shown} of {total} changes shown</source>
        <translation>显示 {shown} / {total} 条变更</translation>
    </message>
    <message>
        <source>{matching} of {total} changes match; {shown} shown</source>
        <translation>{matching} / {total} 条变更符合条件；显示 {shown} 条</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {problem}</source>
        <translation>无法写入 {path}：{problem}</translation>
    </message>
</context>
<context>
    <name>AuditSubject</name>
    <message>
        <source>lesson {lesson} to everyone</source>
        <translation>课程 {lesson} 分配给所有人</translation>
    </message>
    <message>
        <source>lesson {lesson} to role {role}</source>
        <translation>课程 {lesson} 分配给角色：{role}</translation>
    </message>
    <message>
        <source>lesson {lesson} to department {department}</source>
        <translation>课程 {lesson} 分配给部门：{department}</translation>
    </message>
    <message>
        <source>lesson {lesson} to employee {employee}</source>
        <translation>课程 {lesson} 分配给员工：{employee}</translation>
    </message>
    <message>
        <source>module {module} to everyone</source>
        <translation>模块 {module} 分配给所有人</translation>
    </message>
    <message>
        <source>module {module} to role {role}</source>
        <translation>模块 {module} 分配给角色：{role}</translation>
    </message>
    <message>
        <source>module {module} to department {department}</source>
        <translation>模块 {module} 分配给部门：{department}</translation>
    </message>
    <message>
        <source>module {module} to employee {employee}</source>
        <translation>模块 {module} 分配给员工：{employee}</translation>
    </message>
    <message>
        <source>lessons/{lesson}</source>
        <translation>课程 {lesson}</translation>
    </message>
    <message>
        <source>quizzes/{quiz}</source>
        <translation>测验 {quiz}</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>author</source>
        <translation>编写者</translation>
    </message>
</context>
<context>
    <name>AuthorLayout</name>
    <message>
        <source>Markdown source</source>
        <translation>Markdown 源文件</translation>
    </message>
    <message>
        <source>Preview as learners see it</source>
        <translation>按学员所见预览</translation>
    </message>
    <message>
        <source>Preview as learner</source>
        <translation>学员视角预览</translation>
    </message>
    <message>
        <source>Show the preview exactly as learners see it</source>
        <translation>按学员所见原样显示预览</translation>
    </message>
    <message>
        <source>Show the file as the learners&apos; lesson and quiz screens do: no answers, weights, feedback or notes</source>
        <translation>按学员的课程和测验界面显示文件：不显示答案、权重、反馈或备注</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>新建测验</translation>
    </message>
    <message>
        <source>Insert image…</source>
        <translation>插入图片…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Import GIFT/Aiken…</source>
        <translation>导入 GIFT/Aiken…</translation>
    </message>
    <message>
        <source>Convert a Moodle GIFT or Aiken question file into quiz files</source>
        <translation>将 Moodle GIFT 或 Aiken 题目文件转换为测验文件</translation>
    </message>
    <message>
        <source>Publish change…</source>
        <translation>发布变更…</translation>
    </message>
    <message>
        <source>This lesson changed outside the app since learners last saw a decided version: say whether a rule changed</source>
        <translation>自学员上次看到已确认的版本以来，此课程在应用外被修改过：请说明规则是否有变化</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the file (Ctrl+S)</source>
        <translation>保存文件 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Read the content folder again from disk</source>
        <translation>从磁盘重新读取内容文件夹</translation>
    </message>
    <message>
        <source>Preview: what learners see</source>
        <translation>预览：学员看到的内容</translation>
    </message>
    <message>
        <source>Author studio</source>
        <translation>编写工作台</translation>
    </message>
</context>
<context>
    <name>AuthorScreen</name>
    <message>
        <source>Edit the course&apos;s Markdown files. The preview uses the learners&apos; renderer; the problems are those of &apos;sellertrain check&apos;.</source>
        <translation>编辑课程的 Markdown 文件。预览使用学员端的渲染方式；问题列表与“sellertrain check”相同。</translation>
    </message>
    <message>
        <source>This is the course that came with the app, and each update replaces it. To write lessons, copy this folder and start SellerTrain with the copy (see &apos;Your own course&apos; in the install guide):
{folder}</source>
        <translation>这是随应用附带的课程，每次更新都会替换它。如需编写课程，请复制此文件夹，并用复制的文件夹启动 SellerTrain（见安装指南中的“使用自己的课程”）：
{folder}</translation>
    </message>
    <message>
        <source>Only authors and managers can change the course. You can read it here.</source>
        <translation>只有编写者和主管可以修改课程。你可以在这里阅读。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>{name} has changes that are not saved.

Save them now?</source>
        <translation>{name} 有未保存的更改。

现在保存吗？</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Save with errors?</source>
        <translation>有错误仍要保存？</translation>
    </message>
    <message>
        <source>Save the file anyway?</source>
        <translation>仍要保存文件吗？</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <source>This file has an error on line {line}: {message}</source>
        <translation>此文件第 {line} 行有错误：{message}</translation>
    </message>
    <message>
        <source>This file has {n} errors; the first is on line {line}: {message}</source>
        <translation>此文件有 {n} 处错误；第一处在第 {line} 行：{message}</translation>
    </message>
    <message>
        <source>Learners do not see a quiz with errors, nor a lesson that cannot load.</source>
        <translation>学员看不到有错误的测验，也看不到无法加载的课程。</translation>
    </message>
    <message>
        <source>Reload from disk?</source>
        <translation>从磁盘重新加载？</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to {name} and load it as it is on disk?</source>
        <translation>放弃对 {name} 的未保存更改，并按磁盘上的版本加载？</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg *.gif)</source>
        <translation>图片 (*.svg *.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>Cannot insert the image</source>
        <translation>无法插入图片</translation>
    </message>
    <message>
        <source>The change was not published</source>
        <translation>变更未发布</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Title of the new lesson:</source>
        <translation>新课程的标题：</translation>
    </message>
    <message>
        <source>Module (choose one, or type the name of a new module):</source>
        <translation>模块（选择一个，或输入新模块的名称）：</translation>
    </message>
    <message>
        <source>No lesson: a course-wide quiz</source>
        <translation>不关联课程：全课程测验</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>新建测验</translation>
    </message>
    <message>
        <source>Which lesson does the quiz test?</source>
        <translation>此测验考查哪门课程？</translation>
    </message>
    <message>
        <source>{title}: quiz</source>
        <translation>{title}：测验</translation>
    </message>
    <message>
        <source>Title of the new quiz:</source>
        <translation>新测验的标题：</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>导入题目</translation>
    </message>
    <message>
        <source>GIFT or Aiken files (*.gift *.txt);;All files (*)</source>
        <translation>GIFT 或 Aiken 文件 (*.gift *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Import under another id?</source>
        <translation>以其他 ID 导入？</translation>
    </message>
    <message>
        <source>{reason}

Quiz id for the imported questions:</source>
        <translation>{reason}

导入题目使用的测验 ID：</translation>
    </message>
    <message>
        <source>Imported {summary}.</source>
        <translation>已导入 {summary}。</translation>
    </message>
    <message>
        <source>The new quizzes are drafts: learners see them once you publish them.</source>
        <translation>新测验为草稿：发布后学员才能看到。</translation>
    </message>
    <message>
        <source>Questions imported</source>
        <translation>导入题目</translation>
    </message>
    <message>
        <source>Choose a lesson or quiz in the tree, or start a new one.</source>
        <translation>在目录树中选择一门课程或测验，或新建一个。</translation>
    </message>
    <message>
        <source>This lesson has errors: see Problems below.</source>
        <translation>此课程有错误：见下方“问题”。</translation>
    </message>
    <message>
        <source>Learners do not see this lesson until the errors below are fixed.</source>
        <translation>在修正下方错误之前，学员看不到此课程。</translation>
    </message>
    <message>
        <source>1 employee completed an earlier version of this lesson. When you save, say whether a rule changed (they review the changed sections) or only the wording.</source>
        <translation>有 1 名员工学完了此课程的旧版本。保存时请说明是规则有变化（他们将复习改动的小节），还是只改了措辞。</translation>
    </message>
    <message>
        <source>{n} completions are of an earlier version of this lesson. When you save, say whether a rule changed (they review the changed sections) or only the wording.</source>
        <translation>此课程的旧版本已有 {n} 次完成记录。保存时请说明是规则有变化（他们将复习改动的小节），还是只改了措辞。</translation>
    </message>
    <message>
        <source>The change was saved but not published</source>
        <translation>变更已保存但未发布</translation>
    </message>
    <message>
        <source>You changed what a pass of “{title}” proves: {changes}.

Publish the change now, as a material change? It is recorded in the audit log, and results from now on are scored under it. Until it is published, nobody can take this quiz.</source>
        <translation>你修改了“{title}”及格所证明的内容：{changes}。

现在作为实质性修改发布吗？发布会记入审计日志，此后的成绩都按新规则计分。发布之前，任何人都无法参加此测验。</translation>
    </message>
    <message>
        <source>Publish the quiz change?</source>
        <translation>发布测验修改？</translation>
    </message>
    <message>
        <source>Editorial: only the wording</source>
        <translation>文字修改：只改了措辞</translation>
    </message>
    <message>
        <source>Material: what it checks</source>
        <translation>实质性修改：考核内容变了</translation>
    </message>
    <message>
        <source>Only the wording of “{title}” changed: its pass mark, time limit, draw and answers did not. Until it is published, nobody can take this quiz. Publish it as:</source>
        <translation>“{title}”只改了措辞：及格分、时间限制、抽题规则和答案都没有变。发布之前，任何人都无法参加此测验。发布为：</translation>
    </message>
    <message>
        <source>The quiz change was not published</source>
        <translation>测验修改未发布</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>无法发布</translation>
    </message>
    <message>
        <source>Publish for learners?

{names}

From now on learners see it, and a lesson counts as required for everyone it applies to. This is recorded in the audit log.</source>
        <translation>发布给学员？

{names}

从现在起学员可以看到它，且课程对所有适用人员计为必修。此操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Warning: {n} line(s) still hold the template&apos;s text, e.g. {file} line {line}: “{text}”.</source>
        <translation>警告：有 {n} 行仍是模板文字，例如 {file} 第 {line} 行：“{text}”。</translation>
    </message>
    <message>
        <source>Publish the draft?</source>
        <translation>发布草稿？</translation>
    </message>
    <message>
        <source>The draft was not published</source>
        <translation>草稿未发布</translation>
    </message>
    <message>
        <source>Lesson &apos;{title}&apos; does not name a quiz yet, so learners are not offered this one. Add &apos;quiz: {id}&apos; to the lesson&apos;s front matter?</source>
        <translation>课程“{title}”尚未指定测验，因此学员看不到这个测验。要在课程的前言信息中加入“quiz: {id}”吗？</translation>
    </message>
    <message>
        <source>Link the quiz to its lesson?</source>
        <translation>将测验关联到课程？</translation>
    </message>
    <message>
        <source>Learners do not see this quiz until the errors below are fixed.</source>
        <translation>在修正下方错误之前，学员看不到此测验。</translation>
    </message>
    <message>
        <source>{n} drawn per attempt</source>
        <translation>每次作答抽取 {n} 道</translation>
    </message>
    <message>
        <source>pass mark {mark}%</source>
        <translation>及格分 {mark}%</translation>
    </message>
    <message>
        <source>{m} minutes</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>questions and options shuffled for each attempt</source>
        <translation>每次作答时题目和选项顺序随机</translation>
    </message>
    <message>
        <source>As learners see it (in file order; no answers marked).</source>
        <translation>按学员所见显示（按文件顺序；不标出答案）。</translation>
    </message>
    <message>
        <source>✔ marks what earns marks, with weights and feedback (only you see them).</source>
        <translation>✔ 标出得分的选项，并显示权重和反馈（只有你能看到）。</translation>
    </message>
    <message>
        <source>Select all that apply.</source>
        <translation>选择所有符合的选项。</translation>
    </message>
    <message>
        <source>Type your answer.</source>
        <translation>请输入你的答案。</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>请输入一个数字。</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>为每一项选择对应的答案。</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>选择一个答案。</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation>可接受的答案：</translation>
    </message>
    <message>
        <source>e.g. 48</source>
        <translation>例如 48</translation>
    </message>
    <message>
        <source>Accepted numbers:</source>
        <translation>可接受的数字：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>↳ Feedback: {text}</source>
        <translation>↳ 反馈：{text}</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Answers to choose from (shuffled): {choices}</source>
        <translation>可选答案（顺序随机）：{choices}</translation>
    </message>
    <message>
        <source>✘ Extra wrong answer: {text}</source>
        <translation>✘ 额外的错误答案：{text}</translation>
    </message>
    <message>
        <source>Tests: lesson &apos;{id}&apos;</source>
        <translation>考查：课程“{id}”</translation>
    </message>
    <message>
        <source>Tests: {where}</source>
        <translation>考查：{where}</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 道题</translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation>{n} 道题</translation>
    </message>
</context>
<context>
    <name>CertificateBanner</name>
    <message>
        <source>Certificates to renew</source>
        <translation>需要续期的证书</translation>
    </message>
    <message>
        <source>Your certificate for {title} expired on {date}.</source>
        <translation>你的“{title}”证书已于 {date} 过期。</translation>
    </message>
    <message>
        <source>Your certificate for {title} expires on {date} (in {days} days).</source>
        <translation>你的“{title}”证书将于 {date} 过期（{days} 天后）。</translation>
    </message>
    <message>
        <source>To renew it, re-take: {items}.</source>
        <translation>如需续期，请重新参加：{items}。</translation>
    </message>
    <message>
        <source>Open the module to renew it.</source>
        <translation>打开该模块以续期。</translation>
    </message>
</context>
<context>
    <name>CertificateCommand</name>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source> (expires in {n} days)</source>
        <translation>（{n} 天后到期）</translation>
    </message>
    <message>
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>certificate {code}</source>
        <translation>证书 {code}</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>颁发日期</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>certificate {code} expired on {date}</source>
        <translation>证书 {code} 已于 {date} 过期</translation>
    </message>
    <message>
        <source>wrote certificate {code} of {name} to {path}</source>
        <translation>已将 {name} 的证书 {code} 写入 {path}</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>颁发日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>No certificate yet: finish a module or the final assessment.</source>
        <translation>还没有证书：完成一个模块或结业考核即可获得。</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Save the selected certificate as a PDF file</source>
        <translation>将选中的证书保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring: re-take to renew</source>
        <translation>即将到期：重新参加以续期</translation>
    </message>
    <message>
        <source>Expired: re-take to renew</source>
        <translation>已过期：重新参加以续期</translation>
    </message>
    <message>
        <source>Expired (renewed)</source>
        <translation>已过期（已续期）</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已续期</translation>
    </message>
    <message>
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>长期有效</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Certificate of completion</source>
        <translation>模块结业证书</translation>
    </message>
    <message>
        <source>Certificate of achievement</source>
        <translation>考核合格证书</translation>
    </message>
    <message>
        <source>has completed the module</source>
        <translation>已完成以下模块</translation>
    </message>
    <message>
        <source>has passed the assessment</source>
        <translation>已通过以下考核</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>颁发日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格分</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Verify this certificate with: {command}</source>
        <translation>验证此证书：{command}</translation>
    </message>
    <message>
        <source>Scored on quiz version: {versions}</source>
        <translation>计分所依据的测验版本：{versions}</translation>
    </message>
    <message>
        <source>SELLERTRAIN · MARKETPLACE RULES TRAINING</source>
        <translation>SELLERTRAIN · 跨境平台规则培训</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>兹证明</translation>
    </message>
    <message>
        <source>of the course</source>
        <translation>所属课程</translation>
    </message>
    <message>
        <source>VERIFICATION CODE</source>
        <translation>验证码</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Pass mark {mark}</source>
        <translation>及格分 {mark}</translation>
    </message>
    <message>
        <source>Only one day so far: no trend yet</source>
        <translation>目前只有一天的数据：尚无趋势</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>分数（%）</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{month}{day}日</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Password for {name}: </source>
        <translation>{name} 的密码：</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>the password on standard input is not UTF-8 text: pipe it as UTF-8</source>
        <translation>标准输入中的密码不是 UTF-8 文本：请以 UTF-8 编码传入</translation>
    </message>
    <message>
        <source>import employees</source>
        <translation>导入员工</translation>
    </message>
    <message>
        <source>change a start date</source>
        <translation>修改入职日期</translation>
    </message>
    <message>
        <source>{problem}, or use --create-department</source>
        <translation>{problem}，或使用 --create-department</translation>
    </message>
    <message>
        <source>add employees</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>added {name} ({role}), joined {joined}</source>
        <translation>已添加 {name}（{role}），入职日期 {joined}</translation>
    </message>
    <message>
        <source>hashing passwords</source>
        <translation>正在加密密码</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>……另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: nothing imported; fix the %n problem(s) above</source>
        <translation>
            <numerusform>{file}：未导入任何内容；请先修正上面的 %n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n employees from {file}</source>
        <translation>
            <numerusform>已从 {file} 导入 %n 名员工</numerusform>
        </translation>
    </message>
    <message>
        <source>no employee named &apos;{name}&apos;</source>
        <translation>没有名为“{name}”的员工</translation>
    </message>
    <message>
        <source>{name} joined on {date}</source>
        <translation>{name} 的入职日期已设为 {date}</translation>
    </message>
    <message>
        <source>departments {action} needs a department name</source>
        <translation>“departments {action}”需要一个部门名称</translation>
    </message>
    <message>
        <source>add departments</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>added department {name}</source>
        <translation>已添加部门 {name}</translation>
    </message>
    <message>
        <source>remove departments</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>removed department {name}</source>
        <translation>已删除部门 {name}</translation>
    </message>
    <message>
        <source> (--create-department adds the new departments)</source>
        <translation>（使用 --create-department 可添加新部门）</translation>
    </message>
    <message>
        <source>no display found: run SellerTrain on a desktop session, or set QT_QPA_PLATFORM=offscreen for a headless run (e.g. with --smoke)</source>
        <translation>未找到显示器：请在桌面会话中运行 SellerTrain，或设置 QT_QPA_PLATFORM=offscreen 以无界面方式运行（例如配合 --smoke）</translation>
    </message>
    <message>
        <source>unknown kind of change &apos;{kind}&apos; (use {kinds})</source>
        <translation>未知的变更类型“{kind}”（可用：{kinds}）</translation>
    </message>
    <message>
        <source>--out writes CSV: add --csv</source>
        <translation>--out 写出的是 CSV：请加上 --csv</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n audit entries to {path}</source>
        <translation>
            <numerusform>已将 %n 条审计记录写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>backed up {employees} employees and {attempts} quiz attempts (schema {schema}) to {path}</source>
        <translation>已将 {employees} 名员工和 {attempts} 次测验作答备份到 {path}（数据库结构版本 {schema}）</translation>
    </message>
    <message>
        <source>{problem}; nothing was replaced</source>
        <translation>{problem}；未替换任何内容</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>用备份替换数据库</translation>
    </message>
    <message>
        <source>cannot restore into {path}: {reason}</source>
        <translation>无法恢复到 {path}：{reason}</translation>
    </message>
    <message>
        <source>; the previous database was kept as {path}</source>
        <translation>；原数据库已保留为 {path}</translation>
    </message>
    <message>
        <source> (there was no database there before)</source>
        <translation>（此前该位置没有数据库）</translation>
    </message>
    <message>
        <source>restored {employees} employees and {attempts} quiz attempts from {file} into {path}</source>
        <translation>已从 {file} 将 {employees} 名员工和 {attempts} 次测验作答恢复到 {path}</translation>
    </message>
    <message>
        <source>content folder {root} does not exist</source>
        <translation>内容文件夹 {root} 不存在</translation>
    </message>
    <message>
        <source>no database at {path}: check the path, or run &apos;sellertrain init{where}&apos; to start a new one</source>
        <translation>{path} 处没有数据库：请检查路径，或运行“sellertrain init{where}”新建一个</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>{step}: {done} of {total}</source>
        <translation>{step}：{done} / {total}</translation>
    </message>
    <message>
        <source>set both {user} and {password} (only one is set); nothing was changed</source>
        <translation>请同时设置 {user} 和 {password}（目前只设置了一个）；未做任何更改</translation>
    </message>
    <message>
        <source>to {what}, sign in as {who}: set {user} and {password}, or run the command in a terminal to be asked; nothing was changed</source>
        <translation>要{what}，请以{who}身份登录：设置 {user} 和 {password}，或在终端中运行此命令以便输入；未做任何更改</translation>
    </message>
    <message>
        <source>To {what}, sign in as {who}.</source>
        <translation>要{what}，请以{who}身份登录。</translation>
    </message>
    <message>
        <source>Name: </source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>the name typed is not UTF-8 text; nothing was changed</source>
        <translation>输入的姓名不是 UTF-8 文本；未做任何更改</translation>
    </message>
    <message>
        <source>no name was given; nothing was changed</source>
        <translation>未输入姓名；未做任何更改</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>a manager or author</source>
        <translation>主管或编写者</translation>
    </message>
    <message>
        <source>managers and authors</source>
        <translation>主管和编写者</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>managers</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>{path} has no employees yet, so nobody can sign in to {what}: add its first manager with &apos;sellertrain employees add NAME --role manager&apos;</source>
        <translation>{path} 中还没有员工，因此无人能登录来{what}：请用“sellertrain employees add 姓名 --role manager”添加第一位主管</translation>
    </message>
    <message>
        <source>too many wrong passwords for {name} in a row: try again in {seconds} s (or ask another manager to let you in now); nothing was changed</source>
        <translation>{name} 连续输错密码次数过多：请在 {seconds} 秒后重试（或请另一位主管允许你立即登录）；未做任何更改</translation>
    </message>
    <message>
        <source>wrong name or password for &apos;{name}&apos;; nothing was changed</source>
        <translation>“{name}”的姓名或密码错误；未做任何更改</translation>
    </message>
    <message>
        <source>{name} signed in with a one-time password: sign in to the app once and choose your own first; nothing was changed</source>
        <translation>{name} 使用的是一次性密码：请先登录一次应用并设置自己的密码；未做任何更改</translation>
    </message>
    <message>
        <source>{name} is not {who}: only {whom} may {what}</source>
        <translation>{name} 不是{who}：只有{whom}可以{what}</translation>
    </message>
    <message>
        <source>the database reported: {error} (set SELLERTRAIN_DEBUG=1 to see where)</source>
        <translation>数据库报告：{error}（设置 SELLERTRAIN_DEBUG=1 可查看出错位置）</translation>
    </message>
    <message>
        <source>{cause}; this command&apos;s changes (if any) were not saved</source>
        <translation>{cause}；此命令的更改（如有）未保存</translation>
    </message>
    <message>
        <source>unexpected {kind}: {error} (set SELLERTRAIN_DEBUG=1 to see where)</source>
        <translation>意外错误 {kind}：{error}（设置 SELLERTRAIN_DEBUG=1 可查看出错位置）</translation>
    </message>
    <message numerus="yes">
        <source> (and %n draft(s) learners do not see)</source>
        <translation>
            <numerusform>（另有 %n 份学员看不到的草稿）</numerusform>
        </translation>
    </message>
    <message>
        <source>{lessons}, {quizzes}, {questions}{hidden}; {errors}, {warnings}</source>
        <translation>{lessons}、{quizzes}、{questions}{hidden}；{errors}，{warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 门课程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n 个测验</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>--employees must be at least 1</source>
        <translation>--employees 至少为 1</translation>
    </message>
    <message>
        <source>{root} holds no valid lessons; run &apos;sellertrain check --content {root}&apos;</source>
        <translation>{root} 中没有有效的课程；请运行“sellertrain check --content {root}”</translation>
    </message>
    <message>
        <source>{path} belongs to a company record: demo data goes in a database of its own, so invented employees never reach the company&apos;s records</source>
        <translation>{path} 属于公司记录：演示数据须放在单独的数据库中，以免虚构的员工进入公司记录</translation>
    </message>
    <message>
        <source>{path} already holds employees; nothing was added (use --force to add the demo employees beside them, untouched)</source>
        <translation>{path} 中已有员工；未添加任何内容（使用 --force 可在其旁添加演示员工，已有员工不受影响）</translation>
    </message>
    <message>
        <source>add demo employees beside the others</source>
        <translation>在现有员工之外添加演示员工</translation>
    </message>
    <message>
        <source>adding demo employees</source>
        <translation>正在添加演示员工</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>added {employees} demo employees, {events} reading records, {attempts} quiz attempts and {answers} answers in {seconds} s ({rate} answers/s); issued {certificates} certificates in {certificate_seconds} s; sign in as {manager} (manager) with password &apos;{password}&apos;</source>
        <translation>已在 {seconds} 秒内添加 {employees} 名演示员工、{events} 条阅读记录、{attempts} 次测验作答和 {answers} 个答案（每秒 {rate} 个答案）；在 {certificate_seconds} 秒内颁发 {certificates} 张证书；请以 {manager}（主管）身份、用密码“{password}”登录</translation>
    </message>
    <message>
        <source>the employees already there were left untouched (the demo assignments name demo employees only; no lesson change was published); note: demo managers sign in with the password &apos;{password}&apos; and see everyone</source>
        <translation>原有员工未受影响（演示培训分配只针对演示员工；未发布任何课程变更）；注意：演示主管用密码“{password}”登录，可以看到所有人</translation>
    </message>
    <message>
        <source>created a new database at {path}</source>
        <translation>已在 {path} 新建数据库</translation>
    </message>
    <message>
        <source>{path} already holds a SellerTrain database (schema {schema}, {employees} employees); no new database was made</source>
        <translation>{path} 已有一个 SellerTrain 数据库（结构版本 {schema}，{employees} 名员工）；未新建数据库</translation>
    </message>
    <message>
        <source>created a new database at {path} (schema {schema}); add the first manager with &apos;sellertrain employees add NAME --role manager{where}&apos;</source>
        <translation>已在 {path} 新建数据库（结构版本 {schema}）；请用“sellertrain employees add 姓名 --role manager{where}”添加第一位主管</translation>
    </message>
    <message>
        <source>a PDF report needs --out FILE</source>
        <translation>PDF 报告需要 --out 文件</translation>
    </message>
    <message>
        <source>loading the course</source>
        <translation>正在加载课程</translation>
    </message>
    <message>
        <source>drawing {n} employees as PDF pages</source>
        <translation>正在将 {n} 名员工绘制为 PDF 页面</translation>
    </message>
    <message>
        <source>writing the {format} text</source>
        <translation>正在写出 {format} 文本</translation>
    </message>
    <message>
        <source>drawing the team table</source>
        <translation>正在绘制团队表格</translation>
    </message>
    <message>
        <source>working out each employee&apos;s progress</source>
        <translation>正在计算每位员工的进度</translation>
    </message>
    <message>
        <source>building the report of {n} employees</source>
        <translation>正在生成 {n} 名员工的报告</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a certificate code (codes look like {example})</source>
        <translation>“{code}”不是证书验证码（验证码形如 {example}）</translation>
    </message>
    <message>
        <source>unknown certificate code {code}: no certificate has it in {path}</source>
        <translation>未知的证书验证码 {code}：{path} 中没有使用此验证码的证书</translation>
    </message>
    <message>
        <source>certificate {code} is NOT valid: it does not rest on the records that earned it (the database was changed outside SellerTrain; see &apos;sellertrain verify-records&apos;)</source>
        <translation>证书 {code} 无效：它与获得证书的记录不符（数据库曾在 SellerTrain 之外被修改；请运行“sellertrain verify-records”查看）</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>{title} ({kind})</source>
        <translation>{title}（{kind}）</translation>
    </message>
    <message>
        <source>no employee named &apos;{name}&apos; (see &apos;sellertrain employees list&apos;)</source>
        <translation>没有名为“{name}”的员工（请查看“sellertrain employees list”）</translation>
    </message>
    <message>
        <source>--head needs --employee NAME: a chain head belongs to one employee</source>
        <translation>--head 需要 --employee 姓名：链头只属于一位员工</translation>
    </message>
    <message>
        <source>--head takes the 64-character hash of an exported chain head</source>
        <translation>--head 需要导出的链头的 64 位哈希值</translation>
    </message>
    <message>
        <source>none (no result chained yet)</source>
        <translation>无（尚无结果记入链中）</translation>
    </message>
    <message>
        <source>chain head of {name}: {head}</source>
        <translation>{name} 的链头：{head}</translation>
    </message>
    <message>
        <source>{name}: the exported head {hash} is not in the chain: records were deleted from the end of the chain, or the chain was rewritten</source>
        <translation>{name}：导出的链头 {hash} 不在链中：链末尾的记录被删除了，或整条链被改写过</translation>
    </message>
    <message numerus="yes">
        <source>the exported head is record #{position} of {name}&apos;s chain; %n record(s) added since</source>
        <translation>
            <numerusform>导出的链头是 {name} 链中的第 {position} 条记录；此后新增了 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked %n record(s) of {employees}: {problems}</source>
        <translation>
            <numerusform>已检查 {employees}的 %n 条记录：{problems}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n 名员工</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) submitted on two PCs (both results kept):</source>
        <translation>
            <numerusform>%n 次作答在两台电脑上提交（两份成绩都已保留）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older result(s), written before tamper-evident records, are outside the chain and cannot be checked</source>
        <translation>
            <numerusform>%n 条较早的成绩写于防篡改记录启用之前，不在链中，无法检查</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>wrote the record of {name} ({attempts}, {completions}) to {path}; chain head {head}: keep it apart from the database</source>
        <translation>已将 {name} 的记录（{attempts}，{completions}）写入 {path}；链头 {head}：请与数据库分开保存</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 次作答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson completion(s)</source>
        <translation>
            <numerusform>%n 次课程完成</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}:{line}: the file is not UTF-8 text (windows-1252 or another encoding?); {kind} files must be UTF-8: save it as UTF-8 and try again</source>
        <translation>{path}:{line}：该文件不是 UTF-8 文本（是 Windows-1252 或其他编码？）；{kind} 文件必须是 UTF-8：请另存为 UTF-8 后重试</translation>
    </message>
    <message>
        <source>{error} (import it under another id with --id ID)</source>
        <translation>{error}（可用 --id ID 以另一个 ID 导入）</translation>
    </message>
    <message>
        <source>  check: {problem}</source>
        <translation>  检查：{problem}</translation>
    </message>
    <message numerus="yes">
        <source>would write {path}: %n question(s)</source>
        <translation>
            <numerusform>将写入 {path}：%n 道题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing {path}: %n question(s)</source>
        <translation>
            <numerusform>正在写入 {path}：%n 道题</numerusform>
        </translation>
    </message>
    <message>
        <source>not convertible (left out):</source>
        <translation>无法转换（已略去）：</translation>
    </message>
    <message>
        <source>converted with changes:</source>
        <translation>转换时有改动：</translation>
    </message>
    <message>
        <source>cannot write to {folder}: {reason}</source>
        <translation>无法写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>the new quizzes are drafts: learners see them once published (sellertrain publish QUIZ_ID)</source>
        <translation>新测验是草稿：发布后学员才能看到（sellertrain publish 测验ID）</translation>
    </message>
    <message>
        <source>{file}: no question could be converted; nothing was written</source>
        <translation>{file}：没有可转换的题目；未写入任何内容</translation>
    </message>
    <message>
        <source>would import {summary}</source>
        <translation>将导入 {summary}</translation>
    </message>
    <message>
        <source>imported {summary}</source>
        <translation>已导入 {summary}</translation>
    </message>
    <message>
        <source>no database at {path}: nothing was imported</source>
        <translation>{path} 处没有数据库：未导入任何内容</translation>
    </message>
    <message>
        <source>import questions into the course</source>
        <translation>将题目导入课程</translation>
    </message>
    <message>
        <source>--by &apos;{by}&apos; is not {name}, who signed in</source>
        <translation>--by “{by}”与登录的 {name} 不是同一人</translation>
    </message>
    <message>
        <source>recorded in the audit log of {path}</source>
        <translation>已记入 {path} 的审计日志</translation>
    </message>
    <message>
        <source>--id must use lowercase letters, digits and &apos;-&apos; only, not &apos;{id}&apos;</source>
        <translation>--id 只能使用小写字母、数字和“-”，不能是“{id}”</translation>
    </message>
    <message>
        <source>no valid quiz with id &apos;{id}&apos; in {root} (run &apos;sellertrain check --content {root}&apos; if the quiz has errors)</source>
        <translation>{root} 中没有 ID 为“{id}”的有效测验（如果该测验有错误，请运行“sellertrain check --content {root}”）</translation>
    </message>
    <message>
        <source>{path}:{line}: left out: {message}</source>
        <translation>{path}:{line}：已略去：{message}</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n question(s) of quiz {id} to {path}</source>
        <translation>
            <numerusform>已将测验 {id} 的 %n 道题写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>say --material (a rule changed) or --editorial (wording only)</source>
        <translation>请指定 --material（规则有变化）或 --editorial（只改了措辞）</translation>
    </message>
    <message>
        <source>no valid lesson or quiz with id &apos;{id}&apos; in {root}</source>
        <translation>{root} 中没有 ID 为“{id}”的有效课程或测验</translation>
    </message>
    <message>
        <source>no section</source>
        <translation>无小节</translation>
    </message>
    <message>
        <source>published {id} version {version} as material (revision {revision}; sections: {sections})</source>
        <translation>已将 {id}（版本 {version}）发布为实质性变更（修订号 {revision}；小节：{sections}）</translation>
    </message>
    <message>
        <source>published {id} version {version} as editorial (revision {revision}; sections: {sections})</source>
        <translation>已将 {id}（版本 {version}）发布为编辑性修改（修订号 {revision}；小节：{sections}）</translation>
    </message>
    <message>
        <source>publish course changes</source>
        <translation>发布课程变更</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a draft: publish it without --material, --editorial or --section (nobody has read it yet)</source>
        <translation>“{id}”是草稿：发布时请不要加 --material、--editorial 或 --section（还没有人读过它）</translation>
    </message>
    <message>
        <source>{file}:{line}: template text: {sentence}</source>
        <translation>{file}:{line}：模板文字：{sentence}</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{id}&apos; still holds template text (%n line(s) above): replace it, or publish anyway with --force</source>
        <translation>
            <numerusform>“{id}”仍含有模板文字（见上方 %n 行）：请替换，或用 --force 强制发布</numerusform>
        </translation>
    </message>
    <message>
        <source>published draft lesson {id} ({file}, version {version})</source>
        <translation>已发布草稿课程 {id}（{file}，版本 {version}）</translation>
    </message>
    <message>
        <source>published draft quiz {id} ({file}, version {version})</source>
        <translation>已发布草稿测验 {id}（{file}，版本 {version}）</translation>
    </message>
    <message>
        <source>--section names lesson sections; a quiz change has none</source>
        <translation>--section 指的是课程小节；测验的修改没有小节</translation>
    </message>
    <message>
        <source>, time limit {minutes} min</source>
        <translation>，时间限制 {minutes} 分钟</translation>
    </message>
    <message>
        <source>published quiz {id} version {version} as material (pass mark {mark}%{limit})</source>
        <translation>已将测验 {id}（版本 {version}）发布为实质性变更（及格分 {mark}%{limit}）</translation>
    </message>
    <message>
        <source>published quiz {id} version {version} as editorial (pass mark {mark}%{limit})</source>
        <translation>已将测验 {id}（版本 {version}）发布为编辑性修改（及格分 {mark}%{limit}）</translation>
    </message>
    <message>
        <source>{id}: changed since its publication on {since} ({what})</source>
        <translation>{id}：自 {since} 发布以来有改动（{what}）</translation>
    </message>
    <message>
        <source>wording only</source>
        <translation>仅措辞</translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes) cannot be taken until published: sellertrain publish QUIZ_ID --material|--editorial</source>
        <translation>
            <numerusform>%n 个测验在发布前无法参加：sellertrain publish 测验ID --material|--editorial</numerusform>
        </translation>
    </message>
    <message>
        <source>draft: {id} ({file}): {title}</source>
        <translation>草稿：{id}（{file}）：{title}</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) learners do not see: sellertrain publish ID</source>
        <translation>
            <numerusform>%n 份草稿学员看不到：sellertrain publish ID</numerusform>
        </translation>
    </message>
    <message>
        <source>no lesson has changed since its last publication</source>
        <translation>自上次发布以来没有课程改动</translation>
    </message>
    <message>
        <source>{id}: changed since its last publication on {since} ({sections})</source>
        <translation>{id}：自 {since} 上次发布以来有改动（{sections}）</translation>
    </message>
    <message>
        <source>{id}: changed since learners last completed it on {since} ({sections})</source>
        <translation>{id}：自学员 {since} 最后一次学完以来有改动（{sections}）</translation>
    </message>
    <message>
        <source>front matter or introduction only</source>
        <translation>仅文件头或引言</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) await a decision: sellertrain publish LESSON_ID --material|--editorial</source>
        <translation>
            <numerusform>%n 门课程待定：sellertrain publish 课程ID --material|--editorial</numerusform>
        </translation>
    </message>
    <message>
        <source>no company server: set {variable} to its address (or pass --server DSN)</source>
        <translation>没有公司服务器：请将 {variable} 设为其地址（或用 --server 指定连接串）</translation>
    </message>
    <message>
        <source>Password for the company server: </source>
        <translation>公司服务器的密码：</translation>
    </message>
    <message>
        <source>the company record {id} is up to date (schema {schema})</source>
        <translation>公司记录 {id} 已是最新（结构版本 {schema}）</translation>
    </message>
    <message>
        <source>company record {id} ready (schema {before} -&gt; {schema}); grant logins sellertrain_desktop or sellertrain_manager, then join each desktop with &apos;sellertrain init --server DSN&apos;</source>
        <translation>公司记录 {id} 已就绪（结构版本 {before} -&gt; {schema}）；请为登录账户授予“sellertrain_desktop”或“sellertrain_manager”角色，然后用“sellertrain init --server DSN”让每台电脑加入</translation>
    </message>
    <message numerus="yes">
        <source>verified what was pulled: %n problem(s)</source>
        <translation>
            <numerusform>已核查拉取的内容：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>verified what was pulled: no problems</source>
        <translation>已核查拉取的内容：没有问题</translation>
    </message>
    <message>
        <source>verify what the sync pulls (or pass --no-verify)</source>
        <translation>核查同步拉取的内容（或加上 --no-verify）</translation>
    </message>
    <message>
        <source>{path} already belongs to the company record {id}</source>
        <translation>{path} 已属于公司记录 {id}</translation>
    </message>
    <message>
        <source>{path} belongs to the company record {id}; run &apos;sellertrain sync&apos; to send its records and fetch the others</source>
        <translation>{path} 已属于公司记录 {id}；请运行“sellertrain sync”发送其记录并获取其他记录</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>start the app, exit 0 as soon as the first screen is painted (for tests and timing)</source>
        <translation>启动应用，第一个界面画出后立即以状态 0 退出（用于测试和计时）</translation>
    </message>
    <message>
        <source>print the audit log (who changed what), newest first; filter by date, text or kind</source>
        <translation>打印审计日志（谁改了什么），最新的在前；可按日期、文字或类型筛选</translation>
    </message>
    <message>
        <source>Print the audit log, newest first: when (local time), who, what, subject and details,
tab-separated; or, with --csv, as CSV for Excel (UTF-8 with a byte-order mark, CRLF,
formula-safe). The whole history is searched.</source>
        <translation>打印审计日志，最新的在前：时间（本地时间）、操作人、操作、对象和详情，以制表符分隔；加 --csv 时输出供 Excel 使用的 CSV（UTF-8 带 BOM、CRLF 换行、已防公式注入）。搜索范围是全部历史记录。</translation>
    </message>
    <message>
        <source>only changes on or after this day</source>
        <translation>只看这一天及之后的变更</translation>
    </message>
    <message>
        <source>only changes on or before this day</source>
        <translation>只看这一天及之前的变更</translation>
    </message>
    <message>
        <source>only changes with TEXT in who made them, the subject or the details</source>
        <translation>只看操作人、对象或详情中含有该文本的变更</translation>
    </message>
    <message>
        <source>only changes of this kind: {kinds}</source>
        <translation>只看这一类变更：{kinds}</translation>
    </message>
    <message>
        <source>print CSV instead of text</source>
        <translation>输出 CSV，而不是文字</translation>
    </message>
    <message>
        <source>with --csv: write it to FILE.csv</source>
        <translation>配合 --csv 使用：写入该 CSV 文件</translation>
    </message>
    <message>
        <source>copy the database to a file; safe while the app is running (SQLite backup API)</source>
        <translation>把数据库复制到一个文件；应用运行时也可安全执行（SQLite 备份接口）</translation>
    </message>
    <message>
        <source>Copy the database to one self-contained file, consistent even while the app is
running (SQLite&apos;s backup API); the copy is checked before this reports success.</source>
        <translation>把数据库复制成一个独立的文件，即使应用正在运行，副本也是一致的（SQLite 备份接口）；副本检查无误后才报告成功。</translation>
    </message>
    <message>
        <source>the backup file to write (an existing file of that name is replaced)</source>
        <translation>要写入的备份文件（同名的已有文件会被替换）</translation>
    </message>
    <message>
        <source>replace the database with a backup, after checking it; the current database is kept beside it as NAME.before-restore-DATE.bak</source>
        <translation>检查备份后用它替换数据库；当前数据库会保留在旁边，文件名为 名称.before-restore-日期.bak</translation>
    </message>
    <message>
        <source>Replace the database (--db PATH or the default one) with a backup after checking it:
its integrity, that it is a SellerTrain database, and not from a newer version. The
current database is first kept beside it as NAME.before-restore-DATE.bak. When there
is no database at the path yet, the backup becomes it (e.g. on a new computer).</source>
        <translation>先检查备份（是否完整、是否为 SellerTrain 数据库、是否来自更新的版本），再用它替换数据库（--db 路径 或默认数据库）。替换前，当前数据库会先保留在旁边，文件名为 名称.before-restore-日期.bak。如果该路径上还没有数据库，备份就直接成为数据库（例如在新电脑上）。</translation>
    </message>
    <message>
        <source>the backup file to restore (made by &apos;backup&apos;)</source>
        <translation>要恢复的备份文件（由“sellertrain backup”生成）</translation>
    </message>
    <message>
        <source>validate all lessons and quizzes (drafts too); warn about template text left in a published file</source>
        <translation>检查所有课程和测验（包括草稿）；已发布的文件里留有模板文字时发出警告</translation>
    </message>
    <message>
        <source>Validate every lesson and quiz of the content folder, drafts included: prints
path:line: message per problem and a summary; exit status 1 on any error (warnings,
such as template text left in a published file, do not fail). With --db, also warn
about translations left out of date by a material change published in that database.</source>
        <translation>检查内容文件夹中的每个课程和测验（包括草稿）：每个问题打印一行“路径:行号: 说明”，最后打印汇总；有任何错误时退出状态为 1（警告不算失败，例如已发布文件中留有模板文字）。加 --db 时，还会对因该数据库中发布的实质性修改而过时的译文发出警告。</translation>
    </message>
    <message>
        <source>treat item-writing warnings, lessons without reviewed or sources, and translations out of date as errors (the shipped course passes it)</source>
        <translation>把出题规范警告、缺少审核日期或来源的课程、过时的译文都当作错误（随附的课程能通过）</translation>
    </message>
    <message>
        <source>language of the app, messages and exports: en or zh-CN (default: the language chosen in the app, else the system locale)</source>
        <translation>应用、提示信息和导出文件的语言：en 或 zh-CN（默认：应用中选择的语言，否则为系统语言）</translation>
    </message>
    <message>
        <source>database file (default: $SELLERTRAIN_DB or the user data folder)</source>
        <translation>数据库文件（默认：$SELLERTRAIN_DB，否则为用户数据文件夹）</translation>
    </message>
    <message>
        <source>content folder holding lessons/, quizzes/, assets/ (default: $SELLERTRAIN_CONTENT or the shipped course)</source>
        <translation>内容文件夹，内含 lessons/、quizzes/、assets/（默认：$SELLERTRAIN_CONTENT，否则为随附的课程）</translation>
    </message>
    <message>
        <source>fill a database with synthetic employees, reading records and quiz attempts (for demos, screenshots and benchmarks)</source>
        <translation>向数据库填入虚拟员工、阅读记录和测验作答（用于演示、截图和性能测试）</translation>
    </message>
    <message>
        <source>Fill a database with synthetic employees, their reading records, quiz attempts and
certificates (for demos, screenshots and benchmarks). A database is made at --db PATH
if there is none: the result is a demo database, never an empty file. A database that
already holds employees is refused unless --force; then the demo employees are added
beside them and nothing reaches the existing employees: demo assignments name demo
employees only, and no lesson change is published.</source>
        <translation>向数据库填入虚拟员工及其阅读记录、测验作答和证书（用于演示、截图和性能测试）。--db 路径 处没有数据库时会新建一个：结果一定是演示数据库，不会是空文件。已有员工的数据库会被拒绝，除非加 --force；这时演示员工会加在已有员工旁边，已有员工不受任何影响：演示培训任务只指派给演示员工，也不会发布任何课程修改。</translation>
    </message>
    <message>
        <source>how many demo employees to add; they all sign in with the password &apos;demo&apos;</source>
        <translation>要添加的演示员工人数；他们都用密码“demo”登录</translation>
    </message>
    <message>
        <source>random seed: the same seed on an empty database gives the same data (default: 1)</source>
        <translation>随机种子：在空数据库上用同一种子会生成相同的数据（默认：1）</translation>
    </message>
    <message>
        <source>add the demo employees even if the database already holds employees (they are left untouched)</source>
        <translation>即使数据库中已有员工也添加演示员工（已有员工不受影响）</translation>
    </message>
    <message>
        <source>add, import or list employees, or change a start date</source>
        <translation>添加、导入或列出员工，或修改入职日期</translation>
    </message>
    <message>
        <source>Add, import or list employees, or change an employee&apos;s start date.
Adding needs a database: run &apos;sellertrain init --db PATH&apos; first for a new one (only
the default location, without --db, is made on first use, as the app does).
Changes sign in as a manager first (SELLERTRAIN_USER and SELLERTRAIN_PASSWORD, or
asked on a terminal), except the first manager of an empty database.</source>
        <translation>添加、导入或列出员工，或修改员工的入职日期。
添加员工需要已有数据库：新数据库请先运行“sellertrain init --db 路径”（只有不带 --db 的默认位置会在首次使用时自动创建，与应用相同）。
修改前须先以主管身份登录（SELLERTRAIN_USER 和 SELLERTRAIN_PASSWORD，或在终端中询问），空数据库的第一位主管除外。</translation>
    </message>
    <message>
        <source>add one employee (the password is asked for, or read from standard input)</source>
        <translation>添加一名员工（会询问密码，或从标准输入读取）</translation>
    </message>
    <message>
        <source>Add one employee. The password is asked for twice on a terminal, or read as one line
from standard input. An unknown department is refused with the list of known ones
unless --create-department.</source>
        <translation>添加一名员工。在终端中会询问两次密码，否则从标准输入读取一行作为密码。未知的部门会被拒绝，并列出已有的部门，除非加 --create-department。</translation>
    </message>
    <message>
        <source>full name, unique in the database</source>
        <translation>员工姓名，在数据库中不能重复</translation>
    </message>
    <message>
        <source>what they may do in the app</source>
        <translation>此人在应用中的权限</translation>
    </message>
    <message>
        <source>one of `sellertrain departments list` (e.g. logistics, finance)</source>
        <translation>“sellertrain departments list”列出的部门之一（例如物流、财务）</translation>
    </message>
    <message>
        <source>start date: assignments made before it are due a lead time after it (default today)</source>
        <translation>入职日期：在此之前指派的培训，截止日期从入职日起留出准备期（默认：今天）</translation>
    </message>
    <message>
        <source>add employees from a CSV file with columns name,role,password[,department]</source>
        <translation>从 CSV 文件添加员工，列为 name,role,password[,department]</translation>
    </message>
    <message>
        <source>Add employees from a CSV file with the columns name,role,password[,department]: all
or nothing; problems (an unknown department too) are reported by line.</source>
        <translation>从列为 name,role,password[,department] 的 CSV 文件添加员工：要么全部导入，要么一个也不导入；问题（包括未知部门）会按行号报告。</translation>
    </message>
    <message>
        <source>the CSV file (UTF-8, a header line, one employee per line)</source>
        <translation>CSV 文件（UTF-8，含表头行，每行一名员工）</translation>
    </message>
    <message>
        <source>add a department that is not on the list yet instead of refusing it</source>
        <translation>部门不在列表中时直接添加，而不是拒绝</translation>
    </message>
    <message>
        <source>change an employee&apos;s start date</source>
        <translation>修改员工的入职日期</translation>
    </message>
    <message>
        <source>the employee&apos;s full name</source>
        <translation>员工的姓名</translation>
    </message>
    <message>
        <source>the new start date</source>
        <translation>新的入职日期</translation>
    </message>
    <message>
        <source>list employees</source>
        <translation>列出员工</translation>
    </message>
    <message>
        <source>List employees, one a line: name, role, department and start date, tab-separated.</source>
        <translation>列出员工，每行一名：姓名、角色、部门和入职日期，以制表符分隔。</translation>
    </message>
    <message>
        <source>list, add or remove departments</source>
        <translation>列出、添加或删除部门</translation>
    </message>
    <message>
        <source>List, add or remove departments of the managed list that employees, imports and
assignments are checked against. Removing one is refused while anyone active is in it.
Adding and removing sign in as a company manager first (SELLERTRAIN_USER and
SELLERTRAIN_PASSWORD, or asked on a terminal).</source>
        <translation>列出、添加或删除部门列表中的部门；员工、导入和培训指派都按这个列表核对。部门中还有在职人员时不能删除。
添加和删除前须先以公司主管身份登录（SELLERTRAIN_USER 和 SELLERTRAIN_PASSWORD，或在终端中询问）。</translation>
    </message>
    <message>
        <source>what to do (default: list)</source>
        <translation>要做的操作（默认：list）</translation>
    </message>
    <message>
        <source>the department to add or remove</source>
        <translation>要添加或删除的部门</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>int</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>文件.csv</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>文件.json</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>文件.pdf</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>QUIZ_ID</source>
        <translation>测验ID</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>哈希值</translation>
    </message>
    <message>
        <source>ANCHOR</source>
        <translation>锚点</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的取值 %(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的%(type)s值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须指定参数 %s 之一</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>多余的值 %r 被忽略</translation>
    </message>
    <message>
        <source>%r is not a date (use YYYY-MM-DD)</source>
        <translation>%r 不是日期（请用 YYYY-MM-DD 格式）</translation>
    </message>
    <message>
        <source>start a new, empty database</source>
        <translation>新建一个空数据库</translation>
    </message>
    <message>
        <source>Start a new, empty SellerTrain database at --db PATH (or the default location) and its folder.
Other commands never create a database at a path they are given, so a mistyped --db
is an error, not a new empty file. An existing SellerTrain database is left as it is
(brought up to date if it is from an older version). With --server DSN the database
joins that company record (see &apos;sellertrain sync&apos;); a database joins one company only.</source>
        <translation>在 --db 路径（或默认位置）新建一个空的 SellerTrain 数据库及其文件夹。
其他命令绝不会在给定的路径上创建数据库，所以 --db 写错时会报错，而不会生成一个新的空文件。已有的 SellerTrain 数据库保持原样（如果来自旧版本，会升级到最新）。加 --server DSN 时，数据库会加入该公司记录（见“sellertrain sync”）；一个数据库只能加入一家公司。</translation>
    </message>
    <message>
        <source>join the company record at this PostgreSQL address</source>
        <translation>加入位于此 PostgreSQL 地址的公司记录</translation>
    </message>
    <message>
        <source>convert the questions of a Moodle GIFT file into quiz files; report what cannot be</source>
        <translation>把 Moodle GIFT 文件中的题目转换成测验文件；报告无法转换的题目</translation>
    </message>
    <message>
        <source>Convert the questions of a Moodle GIFT file into quiz files (one per category) in the
content folder&apos;s quizzes/ or --out DIR; questions that cannot be converted are
listed with their line. The quiz starts as a draft; with a database the import
is recorded in the audit log.</source>
        <translation>把 Moodle GIFT 文件中的题目转换成测验文件（每个分类一个），写入内容文件夹的 quizzes/ 或 --out 目录；无法转换的题目会连同行号一起列出。新测验先是草稿；有数据库时，这次导入会记入审计日志。</translation>
    </message>
    <message>
        <source>a Moodle GIFT file (UTF-8) to convert</source>
        <translation>要转换的 Moodle GIFT 文件（UTF-8）</translation>
    </message>
    <message>
        <source>convert the questions of an Aiken file into quiz files; report what cannot be</source>
        <translation>把 Aiken 文件中的题目转换成测验文件；报告无法转换的题目</translation>
    </message>
    <message>
        <source>Convert the questions of an Aiken file into quiz files (one per category) in the
content folder&apos;s quizzes/ or --out DIR; questions that cannot be converted are
listed with their line. The quiz starts as a draft; with a database the import
is recorded in the audit log.</source>
        <translation>把 Aiken 文件中的题目转换成测验文件（每个分类一个），写入内容文件夹的 quizzes/ 或 --out 目录；无法转换的题目会连同行号一起列出。新测验先是草稿；有数据库时，这次导入会记入审计日志。</translation>
    </message>
    <message>
        <source>an Aiken file (UTF-8) to convert</source>
        <translation>要转换的 Aiken 文件（UTF-8）</translation>
    </message>
    <message>
        <source>the new quiz&apos;s id (and file name) instead of one made from FILE&apos;s name; GIFT categories get ID-CATEGORY</source>
        <translation>新测验的 ID（也是文件名），代替由文件名生成的 ID；GIFT 的各分类得到 ID-分类</translation>
    </message>
    <message>
        <source>the author or manager importing (needs a database): must be who signs in</source>
        <translation>执行导入的作者或主管（需要数据库）：必须是登录的人</translation>
    </message>
    <message>
        <source>folder for the new quiz files (default: the content folder&apos;s quizzes/); an existing quiz file is never replaced. New quizzes are drafts until published</source>
        <translation>新测验文件的文件夹（默认：内容文件夹的 quizzes/）；已有的测验文件绝不会被替换。新测验在发布前都是草稿</translation>
    </message>
    <message>
        <source>show what would be imported; write nothing</source>
        <translation>只显示将导入的内容，不写入任何文件</translation>
    </message>
    <message>
        <source>print the questions as read, and what would be written, as JSON (writes nothing)</source>
        <translation>以 JSON 打印读到的题目和将写入的内容（不写入任何文件）</translation>
    </message>
    <message>
        <source>write a quiz as a Moodle GIFT file</source>
        <translation>把测验写成 Moodle GIFT 文件</translation>
    </message>
    <message>
        <source>Write a quiz as Moodle GIFT text (standard output without --out); a round trip keeps
text, options, answers and feedback.</source>
        <translation>把测验写成 Moodle GIFT 文本（不加 --out 时写到标准输出）；导出再导入后，题干、选项、答案和反馈都保持不变。</translation>
    </message>
    <message>
        <source>the quiz&apos;s id (its file name without .md)</source>
        <translation>测验的 ID（去掉 .md 的文件名）</translation>
    </message>
    <message>
        <source>where to write it (default: standard output)</source>
        <translation>写入位置（默认：标准输出）</translation>
    </message>
    <message>
        <source>print the version (and, for the installed app, its build date) and exit</source>
        <translation>打印版本号（已安装的应用还会打印构建日期）并退出</translation>
    </message>
    <message>
        <source>Training for cross-border e-commerce staff. With no command, starts the app.</source>
        <translation>跨境电商员工培训。不带命令时启动应用。</translation>
    </message>
    <message>
        <source>publish a draft lesson or quiz (learners see it from then on), or record an edited lesson as a material change or an editorial one; with no id, list what awaits</source>
        <translation>发布草稿课程或测验（此后学员即可看到），或把修改过的课程记为实质性修改或编辑性修改；不带 ID 时列出待处理的内容</translation>
    </message>
    <message>
        <source>With no id: list the drafts and the lessons changed since their last publication.
With a draft&apos;s id: publish it (a lesson&apos;s draft quizzes go with it). With an edited
lesson&apos;s id: record the change as material (readers of earlier versions must review
the changed sections) or editorial (nothing changes for learners). With an edited
quiz&apos;s id: publish it (material when its pass mark, time limit, draw or answers
changed); until then nobody can take it.</source>
        <translation>不带 ID：列出草稿，以及上次发布后修改过的课程。
带草稿的 ID：发布它（课程的草稿测验随之一起发布）。
带修改过的课程的 ID：把修改记为实质性修改（读过旧版本的人必须复习有变化的小节）或编辑性修改（对学员没有影响）。
带修改过的测验的 ID：发布它（及格分、时限、抽题方式或答案有变化时为实质性修改）；发布之前没有人能参加该测验。</translation>
    </message>
    <message>
        <source>a draft lesson or quiz to publish (a lesson&apos;s draft quizzes go with it), or an edited lesson or quiz to decide about; omit it to list</source>
        <translation>要发布的草稿课程或测验（课程的草稿测验随之一起发布），或要定性的已修改课程或测验；省略时列出待处理的内容</translation>
    </message>
    <message>
        <source>a rule changed</source>
        <translation>规则有变化</translation>
    </message>
    <message>
        <source>only the wording changed</source>
        <translation>只改了措辞</translation>
    </message>
    <message>
        <source>a changed section the material change is about (repeat; default: all changed)</source>
        <translation>实质性修改涉及的有变化的小节（可重复；默认：所有有变化的小节）</translation>
    </message>
    <message>
        <source>the author or manager publishing it: who signs in</source>
        <translation>执行发布的作者或主管：即登录的人</translation>
    </message>
    <message>
        <source>why (kept with the publication)</source>
        <translation>原因（与发布记录一起保存）</translation>
    </message>
    <message>
        <source>publish a draft even though it still holds template text</source>
        <translation>即使草稿中还留有模板文字也照样发布</translation>
    </message>
    <message>
        <source>check a certificate&apos;s verification code: print it; exit 1 if unknown or expired</source>
        <translation>核对证书验证码：打印证书；验证码不存在或证书已过期时以状态 1 退出</translation>
    </message>
    <message>
        <source>Print a certificate (employee, title, issued, score, expires, status) from its
verification code; exit status 1 if the code is unknown or the certificate expired.</source>
        <translation>按验证码打印证书（员工、名称、颁发日期、分数、到期日期、状态）；验证码不存在或证书已过期时，退出状态为 1。</translation>
    </message>
    <message>
        <source>the code printed on the certificate, e.g. ST-7KQ4-M9XD-2HBW (any case, dashes optional)</source>
        <translation>证书上印的验证码，例如 ST-7KQ4-M9XD-2HBW（不区分大小写，连字符可省略）</translation>
    </message>
    <message>
        <source>write a certificate as a PDF file</source>
        <translation>把证书写成 PDF 文件</translation>
    </message>
    <message>
        <source>Write the certificate with this verification code as a PDF file.</source>
        <translation>把具有此验证码的证书写成 PDF 文件。</translation>
    </message>
    <message>
        <source>the certificate&apos;s verification code</source>
        <translation>证书的验证码</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>check every employee&apos;s tamper-evident chain of quiz results; exit 1 on a problem</source>
        <translation>检查每位员工的测验成绩防篡改链；发现问题时以状态 1 退出</translation>
    </message>
    <message>
        <source>Replay the hash chains of quiz results: prints each problem and a summary, exit
status 1 on any. --employee also prints that employee&apos;s chain head; --head checks
that a chain head exported earlier is still in the chain.</source>
        <translation>重新计算测验成绩的哈希链：打印每个问题和一份汇总，发现任何问题时退出状态为 1。--employee 还会打印该员工的链头；--head 检查之前导出的链头是否仍在链中。</translation>
    </message>
    <message>
        <source>check only this employee&apos;s records</source>
        <translation>只检查这位员工的记录</translation>
    </message>
    <message>
        <source>with --employee: the chain head from an earlier export; checks that it is still in the chain (records deleted from the end show only this way)</source>
        <translation>配合 --employee 使用：之前导出的链头；检查它是否仍在链中（从链尾删除的记录只有这样才能发现）</translation>
    </message>
    <message>
        <source>write one employee&apos;s attempts, answers, lesson completions and chain head as JSON</source>
        <translation>把一位员工的测验作答、答案、课程完成记录和链头写成 JSON</translation>
    </message>
    <message>
        <source>Write one employee&apos;s quiz attempts with results and answers (as stored), lesson
completions and chain head as JSON (standard output without --out).</source>
        <translation>把一位员工的测验作答（含成绩和所存的答案）、课程完成记录和链头写成 JSON（不加 --out 时写到标准输出）。</translation>
    </message>
    <message>
        <source>the employee&apos;s full name (any case)</source>
        <translation>员工的姓名（不区分大小写）</translation>
    </message>
    <message>
        <source>write the team progress report (CSV, printable HTML or PDF)</source>
        <translation>写出团队进度报告（CSV、可打印的 HTML 或 PDF）</translation>
    </message>
    <message>
        <source>Write the team progress report of every employee: CSV (UTF-8 with a byte-order mark,
for Excel, also on standard output), printable HTML, or PDF (needs --out). A slow
report prints its progress on standard error.</source>
        <translation>写出全体员工的团队进度报告：CSV（UTF-8 带 BOM，供 Excel 使用，也可写到标准输出）、可打印的 HTML，或 PDF（需要 --out）。耗时较长的报告会在标准错误输出上打印进度。</translation>
    </message>
    <message>
        <source>report format (default: csv)</source>
        <translation>报告格式（默认：csv）</translation>
    </message>
    <message>
        <source>where to write it (default: standard output for csv and html; pdf needs --out)</source>
        <translation>写入位置（默认：csv 和 html 写到标准输出；pdf 必须加 --out）</translation>
    </message>
    <message>
        <source>set up the company record on a PostgreSQL server</source>
        <translation>在 PostgreSQL 服务器上建立公司记录</translation>
    </message>
    <message>
        <source>Commands for the company record: a PostgreSQL database that every desktop syncs its
records with (needs psycopg: pip install &apos;sellertrain[server]&apos;).</source>
        <translation>公司记录相关命令：公司记录是一个 PostgreSQL 数据库，每台电脑都与它同步记录（需要 psycopg：pip install &apos;sellertrain[server]&apos;）。</translation>
    </message>
    <message>
        <source>create or update the company record&apos;s tables and roles in a PostgreSQL database</source>
        <translation>在 PostgreSQL 数据库中创建或更新公司记录的表和角色</translation>
    </message>
    <message>
        <source>Create (or bring up to date) the company record in an existing PostgreSQL database:
the append-only record tables, and the roles sellertrain_desktop and
sellertrain_manager (see SECURITY.md). Run it as the database&apos;s owner, with a role
that may create roles. Running it again changes nothing.</source>
        <translation>在已有的 PostgreSQL 数据库中创建（或更新到最新）公司记录：只追加的记录表，以及 sellertrain_desktop 和 sellertrain_manager 两个角色（见 SECURITY.md）。请以数据库所有者、并且有权创建角色的身份运行。重复运行不会有任何改变。</translation>
    </message>
    <message>
        <source>e.g. &apos;host=db.example dbname=training&apos;</source>
        <translation>例如 &apos;host=db.example dbname=training&apos;</translation>
    </message>
    <message>
        <source>push this database&apos;s new records to the company record, then pull what it lacks</source>
        <translation>把本数据库的新记录推送到公司记录，再拉取本地缺少的记录</translation>
    </message>
    <message>
        <source>Push this database&apos;s new records to the company record, then pull the records it
lacks; print one line of what moved. The server is $SELLERTRAIN_SERVER (or --server).
Exit status 1, with one line, when the server cannot be reached: nothing is lost,
the next sync completes the work. With --content DIR, the lesson, quiz and asset
files published since the last sync are written into DIR (the app does this for
its own content folder).</source>
        <translation>把本数据库的新记录推送到公司记录，再拉取本地缺少的记录；打印一行说明传输了什么。服务器为 $SELLERTRAIN_SERVER（或 --server）。连不上服务器时打印一行并以状态 1 退出：不会丢失任何数据，下次同步会完成剩下的工作。加 --content 目录 时，上次同步后发布的课程、测验和素材文件会写入该目录（应用会对自己的内容文件夹这样做）。</translation>
    </message>
    <message>
        <source>check what was pulled (a manager&apos;s PC): the hash chains of the employees whose results arrived, and each result scored again from its answers (by this PC&apos;s quiz where it has the version taken); each problem is one line, kept for the app&apos;s list, and the exit status 1. The default: verify when SELLERTRAIN_USER and SELLERTRAIN_PASSWORD sign a manager in</source>
        <translation>检查拉取到的记录（主管的电脑）：收到成绩的员工的哈希链，以及按答案重新评分的每个成绩（本机有所考版本的测验时按本机测验评分）；每个问题打印一行并保留在应用的列表中，退出状态为 1。默认：SELLERTRAIN_USER 和 SELLERTRAIN_PASSWORD 能以主管身份登录时进行检查</translation>
    </message>
    <message>
        <source>the company record&apos;s PostgreSQL address (default: $SELLERTRAIN_SERVER)</source>
        <translation>公司记录的 PostgreSQL 地址（默认：$SELLERTRAIN_SERVER）</translation>
    </message>
    <message>
        <source>an employee&apos;s required training: due dates, states and the overall verdict</source>
        <translation>员工的必修培训：截止日期、状态和总体结论</translation>
    </message>
    <message>
        <source>Show one employee&apos;s required lessons with due date and state (not started, in
progress, done, overdue, needs refresh) and the overall verdict: the same values as
the team table and Home.</source>
        <translation>显示一位员工的必修课程及其截止日期和状态（未开始、进行中、已完成、已逾期、需要复训），以及总体结论：与团队表格和首页显示的相同。</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>输出 JSON，而不是文字</translation>
    </message>
    <message>
        <source>the day to judge due dates by (default: today on this computer)</source>
        <translation>判断截止日期所依据的日期（默认：本机的今天）</translation>
    </message>
</context>
<context>
    <name>CliHelpDepartment</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>非必修</translation>
    </message>
    <message>
        <source>valid, no expiry</source>
        <translation>有效，长期有效</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>expiring {date}</source>
        <translation>将于 {date} 到期</translation>
    </message>
    <message>
        <source>expired {date}</source>
        <translation>已于 {date} 过期</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>验证码 {code}</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>Search by name</source>
        <translation>按姓名搜索</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>Needs action: missing, expiring or expired</source>
        <translation>需处理：缺少、即将到期或已过期</translation>
    </message>
    <message>
        <source>Compliance matrix</source>
        <translation>合规矩阵</translation>
    </message>
    <message>
        <source>Export the compliance matrix</source>
        <translation>导出合规矩阵</translation>
    </message>
    <message>
        <source>Loading the certificates…</source>
        <translation>正在加载证书…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Certificates: {valid} valid · {expiring} expiring within {days} days · {expired} expired · {missing} required but missing</source>
        <translation>证书：{valid} 张有效 · {expiring} 张将在 {days} 天内到期 · {expired} 张已过期 · {missing} 张必需但缺少</translation>
    </message>
    <message>
        <source>The certificates could not be loaded: {error}</source>
        <translation>无法加载证书：{error}</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} employees</source>
        <translation>显示 {shown} / {total} 名员工</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Loading the results submitted on two PCs…</source>
        <translation>正在载入在两台电脑上提交的结果…</translation>
    </message>
    <message>
        <source>Results submitted on two PCs</source>
        <translation>在两台电脑上提交的结果</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Result that counts</source>
        <translation>计入的结果</translation>
    </message>
    <message>
        <source>Other result (kept as a conflict)</source>
        <translation>另一个结果（作为冲突保留）</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>this PC ({device})</source>
        <translation>本电脑（{device}）</translation>
    </message>
    <message>
        <source>PC {device}</source>
        <translation>电脑 {device}</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) were resumed and submitted on two PCs. The company record counts the result it received first; the other is kept, with its answers, and never dropped. Compare them to judge which one is fair.</source>
        <translation>
            <numerusform>有 %n 次测验在两台电脑上继续作答并提交。公司记录计入它先收到的结果；另一个结果连同其答案一起保留，绝不丢弃。请对比两者，判断哪个公平。</numerusform>
        </translation>
    </message>
    <message>
        <source>No attempt was submitted on two PCs.</source>
        <translation>没有在两台电脑上提交的测验。</translation>
    </message>
    <message>
        <source>The results submitted on two PCs could not be loaded: {error}</source>
        <translation>无法载入在两台电脑上提交的结果：{error}</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>{source_name} is not an image the lessons can show (use {image_suffixes})</source>
        <translation>{source_name} 不是课程能显示的图片（请用 {image_suffixes}）</translation>
    </message>
    <message>
        <source>write a whole number of days, weeks or years, such as 365d, 52w or 1y</source>
        <translation>请写整数的天、周或年，例如 365d、52w 或 1y</translation>
    </message>
    <message>
        <source>the file has more than {limit:,} bytes; it may have {max_chars:,}</source>
        <translation>文件超过 {limit:,} 字节；最多只能有 {max_chars:,}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it as UTF-8</source>
        <translation>文件不是 UTF-8 文本：请以 UTF-8 编码保存</translation>
    </message>
    <message>
        <source>the file has {text_count:,} characters; it may have {max_chars:,} at most</source>
        <translation>文件有 {text_count:,} 个字符；最多只能有 {max_chars:,} 个</translation>
    </message>
    <message>
        <source>course.yaml may not use YAML aliases (*name): write the value out</source>
        <translation>course.yaml 不能使用 YAML 别名（&apos;*name&apos;）：请把值完整写出</translation>
    </message>
    <message>
        <source>course.yaml is not valid YAML: {detail}</source>
        <translation>course.yaml 不是有效的 YAML：{detail}</translation>
    </message>
    <message>
        <source>course.yaml is nested too deeply</source>
        <translation>course.yaml 嵌套层级过深</translation>
    </message>
    <message>
        <source>course.yaml must be &apos;key: value&apos; lines ({top_keys})</source>
        <translation>course.yaml 必须由 &apos;key: value&apos; 行组成（{top_keys}）</translation>
    </message>
    <message>
        <source>&apos;title&apos; must be one line of text, the course&apos;s name</source>
        <translation>&apos;title&apos; 必须是一行文字，即课程体系的名称</translation>
    </message>
    <message>
        <source>&apos;minimum_reading&apos; must be a share of each lesson&apos;s reading time from 0% to 100%, such as 25%</source>
        <translation>&apos;minimum_reading&apos; 必须是每门课程阅读时长的比例，从 0% 到 100%，例如 25%</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (known: {top_keys})</source>
        <translation>未知的键 &apos;{key}&apos;（可用：{top_keys}）</translation>
    </message>
    <message>
        <source>a key in {where} must be a plain name</source>
        <translation>{where} 中的键必须是普通名称</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is given twice in {where}</source>
        <translation>&apos;{key}&apos; 在 {where} 中出现了两次</translation>
    </message>
    <message>
        <source>&apos;{section}&apos; must list names, each with &apos;valid_for: 365d&apos; under it</source>
        <translation>&apos;{section}&apos; 必须列出名称，每个名称下写一行 &apos;valid_for: 365d&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; needs &apos;valid_for: DURATION&apos; under it, e.g. &apos;valid_for: 365d&apos;</source>
        <translation>&apos;{name}&apos; 下面需要一行 &apos;valid_for: DURATION&apos;，例如 &apos;valid_for: 365d&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (known: valid_for)</source>
        <translation>未知的键 &apos;{key}&apos;（可用：&apos;valid_for&apos;）</translation>
    </message>
    <message>
        <source>that value</source>
        <translation>该值</translation>
    </message>
    <message>
        <source>valid_for {shown} is not a duration: {duration_hint}</source>
        <translation>&apos;valid_for&apos; 的值 {shown} 不是有效时长：{duration_hint}</translation>
    </message>
    <message>
        <source>did you mean &apos;{close}&apos;?</source>
        <translation>是不是想写 &apos;{close}&apos;？</translation>
    </message>
    <message>
        <source>modules: {titles}</source>
        <translation>现有模块：{titles}</translation>
    </message>
    <message>
        <source>unknown module &apos;{name}&apos;: no lesson names it in &apos;module:&apos; ({hint})</source>
        <translation>未知模块 &apos;{name}&apos;：没有课程在 &apos;module:&apos; 中写它（{hint}）</translation>
    </message>
    <message>
        <source>unknown quiz &apos;{name}&apos; (assessments: {listed})</source>
        <translation>未知测验 &apos;{name}&apos;（考核：{listed}）</translation>
    </message>
    <message>
        <source>quiz &apos;{name}&apos; belongs to lesson &apos;{quiz_lesson_id}&apos;: only a quiz without &apos;lesson:&apos; is an assessment (its lesson&apos;s module gets the certificate)</source>
        <translation>测验 &apos;{name}&apos; 属于课程 &apos;{quiz_lesson_id}&apos;：只有不带 &apos;lesson:&apos; 的测验才是考核（该课程所在模块才会颁发证书）</translation>
    </message>
    <message>
        <source>quiz &apos;{quiz_id}&apos; tests lesson &apos;{quiz_lesson_id}&apos;, which is a draft too: publish the lesson, and its quiz is published with it</source>
        <translation>测验 &apos;{quiz_id}&apos; 考查的课程 &apos;{quiz_lesson_id}&apos; 也是草稿：请发布该课程，它的测验会随之一起发布</translation>
    </message>
    <message>
        <source>&apos;{item_id}&apos; is not a draft: learners already see it</source>
        <translation>&apos;{item_id}&apos; 不是草稿：学员已经能看到它</translation>
    </message>
    <message>
        <source>no draft lesson or quiz with id &apos;{item_id}&apos; in {course_root} (a file with errors is not loaded: run &apos;sellertrain check&apos;)</source>
        <translation>{course_root} 中没有 ID 为 &apos;{item_id}&apos; 的草稿课程或测验（有错误的文件不会被载入：请运行 &apos;sellertrain check&apos;）</translation>
    </message>
    <message>
        <source>{path_name} changed since it was checked: reload and try again</source>
        <translation>{path_name} 在检查之后被修改过：请重新载入后再试</translation>
    </message>
    <message>
        <source>for {department}, {pool_count} questions test its required lessons; an attempt of {size} from them needs at least {need} ({pool_factor} times)</source>
        <translation>{department} 的必修课程共有 {pool_count} 道题；每次从中抽 {size} 道题，至少需要 {need} 道（{pool_factor} 倍）</translation>
    </message>
    <message>
        <source>only {mine} question(s) test lesson {lesson_id}; &apos;per_lesson&apos; asks {per_lesson}</source>
        <translation>只有 {mine} 道题考查课程 {lesson_id}；&apos;per_lesson&apos; 要求 {per_lesson} 道</translation>
    </message>
    <message>
        <source>the file has {text_count:,} characters; a lesson or quiz may have at most {max_source_chars:,}: split it into several files</source>
        <translation>文件有 {text_count:,} 个字符；一门课程或一个测验最多 {max_source_chars:,} 个：请拆分成多个文件</translation>
    </message>
    <message>
        <source>the file uses old Mac line endings (CR alone): save it with LF or CRLF line endings</source>
        <translation>文件使用旧式 &apos;Mac&apos; 换行符（只有 &apos;CR&apos;）：请以 &apos;LF&apos; 或 &apos;CRLF&apos; 换行符保存</translation>
    </message>
    <message>
        <source>the file has more than {limit:,} bytes; a lesson or quiz may have at most {max_source_chars:,} characters: split it into several files</source>
        <translation>文件超过 {limit:,} 字节；一门课程或一个测验最多 {max_source_chars:,} 个字符：请拆分成多个文件</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is given twice in the front matter</source>
        <translation>&apos;{key}&apos; 在文件头元数据中出现了两次</translation>
    </message>
    <message>
        <source>unknown front matter key &apos;{key}&apos; (known: {known})</source>
        <translation>未知的文件头元数据键 &apos;{key}&apos;（可用：{known}）</translation>
    </message>
    <message>
        <source>missing required front matter key &apos;{key}&apos;</source>
        <translation>缺少必填的文件头元数据键 &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, not {value!r}</source>
        <translation>&apos;{key}&apos; 必须是文字，而不是 {value!r}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must use lowercase letters, digits and &apos;-&apos; only, not {value!r}</source>
        <translation>&apos;{key}&apos; 只能使用小写字母、数字和 &apos;-&apos;，而不是 {value!r}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from {low} to {high}, not {value!r}</source>
        <translation>&apos;{key}&apos; 必须是 {low} 到 {high} 之间的整数，而不是 {value!r}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false, not {value!r}</source>
        <translation>&apos;{key}&apos; 必须是 &apos;true&apos; 或 &apos;false&apos;，而不是 {value!r}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a date like 2026-01-31, not {value!r}</source>
        <translation>&apos;{key}&apos; 必须是形如 2026-01-31 的日期，而不是 {value!r}</translation>
    </message>
    <message>
        <source>&apos;status&apos; must be draft or published, not {value!r}</source>
        <translation>&apos;status&apos; 必须是 &apos;draft&apos; 或 &apos;published&apos;，而不是 {value!r}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list like [a, b], not {value!r}</source>
        <translation>&apos;{key}&apos; 必须是形如 [a, b] 的列表，而不是 {value!r}</translation>
    </message>
    <message>
        <source>unknown {key} {unknown} (use: {allowed})</source>
        <translation>未知的 {key}：{unknown}（可用：{allowed}）</translation>
    </message>
    <message>
        <source>front matter may not use YAML aliases (*name): write the value out</source>
        <translation>文件头元数据不能使用 YAML 别名（&apos;*name&apos;）：请把值完整写出</translation>
    </message>
    <message>
        <source>missing front matter: the file must start with a line &apos;---&apos;</source>
        <translation>缺少文件头元数据：文件必须以一行 &apos;---&apos; 开头</translation>
    </message>
    <message>
        <source>front matter is not closed: add a line &apos;---&apos; after it</source>
        <translation>文件头元数据没有结束：请在其后加一行 &apos;---&apos;</translation>
    </message>
    <message>
        <source>front matter is not valid YAML: {problem}</source>
        <translation>文件头元数据不是有效的 YAML：{problem}</translation>
    </message>
    <message>
        <source>front matter is nested too deeply</source>
        <translation>文件头元数据嵌套层级过深</translation>
    </message>
    <message>
        <source>a number has too many digits</source>
        <translation>数字位数过多</translation>
    </message>
    <message>
        <source>front matter has an impossible value: {reason}</source>
        <translation>文件头元数据中有不可能的值：{reason}</translation>
    </message>
    <message>
        <source>front matter must be &apos;key: value&apos; lines</source>
        <translation>文件头元数据必须由 &apos;key: value&apos; 行组成</translation>
    </message>
    <message>
        <source>the correct option is the longest in {longest_count} of {single_count} single-choice questions (lines {lines}); a learner who picks the longest option gains: make it the longest in at most a third</source>
        <translation>在 {single_count} 道单选题中，有 {longest_count} 道的正确选项最长（第 {lines} 行）；学员专挑最长的选项就能得分：请让正确选项最长的题目不超过三分之一</translation>
    </message>
    <message>
        <source>the correct option is the shortest in {shortest_count} of {single_count} single-choice questions (lines {lines}): the clue works both ways; make it the shortest in at most half</source>
        <translation>在 {single_count} 道单选题中，有 {shortest_count} 道的正确选项最短（第 {lines} 行）：这种线索反过来同样有效；请让正确选项最短的题目不超过一半</translation>
    </message>
    <message>
        <source>{trues} of {true_false_count} true/false answers are True and {value} False: balance them (at most 70/30)</source>
        <translation>{true_false_count} 道判断题中有 {trues} 道答案为“正确”、{value} 道为“错误”：请保持平衡（最多 70/30）</translation>
    </message>
    <message>
        <source>negative stem (&apos;{word}&apos;) without emphasis: word it positively, or write **{word2}**</source>
        <translation>否定式题干（&apos;{word}&apos;）没有加强调：请改为肯定说法，或写成 **{word2}**</translation>
    </message>
    <message>
        <source>option &apos;{text}&apos;: avoid &apos;all/none of the above&apos; options</source>
        <translation>选项 &apos;{text}&apos;：不要使用“以上都是/以上都不是”这类选项</translation>
    </message>
    <message>
        <source>an option has {text_count} characters (at most {max_option_chars}): &apos;{text}…&apos;</source>
        <translation>有一个选项长达 {text_count} 个字符（最多 {max_option_chars} 个）：&apos;{text}…&apos;</translation>
    </message>
    <message>
        <source>a multiple-answer question must say &apos;{phrase}&apos;</source>
        <translation>多选题必须写明 &apos;{phrase}&apos;</translation>
    </message>
    <message>
        <source>option &apos;{texts}…&apos; is far longer than the others</source>
        <translation>选项 &apos;{texts}…&apos; 比其他选项长得多</translation>
    </message>
    <message>
        <source>the same question as</source>
        <translation>题干雷同于</translation>
    </message>
    <message>
        <source>the same options as</source>
        <translation>选项雷同于</translation>
    </message>
    <message>
        <source>near-duplicate: {what} {where}; write a new scenario</source>
        <translation>近似重复：{what} {where}；请另写一个新情景</translation>
    </message>
    <message>
        <source>&apos;:::&apos; closes no callout</source>
        <translation>&apos;:::&apos; 没有对应要结束的提示框</translation>
    </message>
    <message>
        <source>callout opened inside the callout of line {open_line}; close it first</source>
        <translation>提示框开在第 {open_line} 行的提示框之内；请先结束那个提示框</translation>
    </message>
    <message>
        <source>unknown callout kind &apos;{kind}&apos; (use: {callout_kinds})</source>
        <translation>未知的提示框类型 &apos;{kind}&apos;（可用：{callout_kinds}）</translation>
    </message>
    <message>
        <source>callout is not closed: add a line &apos;:::&apos; after its text</source>
        <translation>提示框没有结束：请在其文字后加一行 &apos;:::&apos;</translation>
    </message>
    <message>
        <source>the lesson has no text</source>
        <translation>课程没有正文</translation>
    </message>
    <message>
        <source>use &apos;##&apos; for sections: the title comes from the front matter</source>
        <translation>小节请用 &apos;##&apos;：标题取自文件头元数据</translation>
    </message>
    <message>
        <source>section &apos;{title}&apos; has the same anchor as line {seen}</source>
        <translation>小节 &apos;{title}&apos; 的锚点与第 {seen} 行相同</translation>
    </message>
    <message>
        <source>raw HTML is not allowed; it will be shown as text</source>
        <translation>不允许使用原始 HTML；它会按文字原样显示</translation>
    </message>
    <message>
        <source>image &apos;{target}&apos; must be a file inside assets/, e.g. ../assets/name.svg</source>
        <translation>图片 &apos;{target}&apos; 必须是 “assets/” 中的文件，例如 “../assets/name.svg”</translation>
    </message>
    <message>
        <source>link &apos;{target}&apos; is not allowed (it shows as text): only web (https://), mailto: and lesson links work</source>
        <translation>不允许使用链接 &apos;{target}&apos;（它会显示为文字）：只有网页（&apos;https://&apos;）、&apos;mailto:&apos; 和课程链接有效</translation>
    </message>
    <message>
        <source>image &apos;{src}&apos; needs alt text: ![what it shows]({src})</source>
        <translation>图片 &apos;{src}&apos; 需要替代文字：![图片内容]({src})</translation>
    </message>
    <message>
        <source>image &apos;{src}&apos; cannot be a file: {bad_name}</source>
        <translation>图片 &apos;{src}&apos; 不可能是文件：{bad_name}</translation>
    </message>
    <message>
        <source>image &apos;{src}&apos; must be a file inside assets/ (in the content folder), e.g. ../assets/name.svg</source>
        <translation>图片 &apos;{src}&apos; 必须是（内容文件夹中）“assets/” 里的文件，例如 “../assets/name.svg”</translation>
    </message>
    <message>
        <source>image &apos;{src}&apos; not found: no file {target_name} in assets/</source>
        <translation>找不到图片 &apos;{src}&apos;：“assets/” 中没有文件 {target_name}</translation>
    </message>
    <message>
        <source>link &apos;{href}&apos; will not open: only web (https://), mailto: and lesson links work</source>
        <translation>链接 &apos;{href}&apos; 无法打开：只有网页（&apos;https://&apos;）、&apos;mailto:&apos; 和课程链接有效</translation>
    </message>
    <message>
        <source>&apos;link&apos; must be the page&apos;s address (https://...), not {link!r}</source>
        <translation>&apos;link&apos; 必须是网页地址（&apos;https://...&apos;），而不是 {link!r}</translation>
    </message>
    <message>
        <source>&apos;link&apos; must be an http(s) address like https://example.com/page, not {link!r}</source>
        <translation>&apos;link&apos; 必须是形如 “https://example.com/page” 的 &apos;http(s)&apos; 地址，而不是 {link!r}</translation>
    </message>
    <message>
        <source>&apos;sources&apos; must be a list of {{title, link, read}} entries, not {value!r}</source>
        <translation>&apos;sources&apos; 必须是由 {{title, link, read}} 条目组成的列表，而不是 {value!r}</translation>
    </message>
    <message>
        <source>source {number}: {message}</source>
        <translation>来源 {number}：{message}</translation>
    </message>
    <message>
        <source>must be &apos;title:&apos;, &apos;link:&apos; and &apos;read:&apos; lines, not {entry!r}</source>
        <translation>必须是 &apos;title:&apos;、&apos;link:&apos; 和 &apos;read:&apos; 三行，而不是 {entry!r}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (known: {source_keys})</source>
        <translation>未知的键 &apos;{key}&apos;（可用：{source_keys}）</translation>
    </message>
    <message>
        <source>missing {missing} (a source has title, link and read)</source>
        <translation>缺少 {missing}（来源要有 &apos;title&apos;、&apos;link&apos; 和 &apos;read&apos;）</translation>
    </message>
    <message>
        <source>&apos;title&apos; must be text naming the page, not {title!r}</source>
        <translation>&apos;title&apos; 必须是网页名称的文字，而不是 {title!r}</translation>
    </message>
    <message>
        <source>&apos;read&apos; must be a date like 2026-01-31 (or empty if not recorded), not {read!r}</source>
        <translation>&apos;read&apos; 必须是形如 2026-01-31 的日期（未记录则留空），而不是 {read!r}</translation>
    </message>
    <message>
        <source>&apos;read&apos; is {read}, a day still to come</source>
        <translation>&apos;read&apos; 是 {read}，这一天还没到</translation>
    </message>
    <message>
        <source>&apos;reviewed&apos; is {reviewed}, a day still to come</source>
        <translation>&apos;reviewed&apos; 是 {reviewed}，这一天还没到</translation>
    </message>
    <message>
        <source>the lesson has neither &apos;reviewed&apos; (the date it was checked against the platform&apos;s own rule pages) nor &apos;sources&apos; (the pages its facts come from, with the date each was read): add one</source>
        <translation>课程既没有 &apos;reviewed&apos;（对照平台规则页面核对的日期），也没有 &apos;sources&apos;（内容所依据的网页及各自的阅读日期）：请补上其中之一</translation>
    </message>
    <message>
        <source>no lesson with id &apos;{lesson_id}&apos;</source>
        <translation>没有 ID 为 &apos;{lesson_id}&apos; 的课程</translation>
    </message>
    <message>
        <source>&apos;Tests:&apos; names lesson &apos;{question_tests_lesson}&apos;, which does not exist</source>
        <translation>&apos;Tests:&apos; 指向的课程 &apos;{question_tests_lesson}&apos; 不存在</translation>
    </message>
    <message>
        <source>&apos;Tests:&apos; names section &apos;#{question_tests_anchor}&apos;, which lesson &apos;{lesson_id}&apos; does not have</source>
        <translation>&apos;Tests:&apos; 指向的小节 &apos;#{question_tests_anchor}&apos; 在课程 &apos;{lesson_id}&apos; 中不存在</translation>
    </message>
    <message>
        <source>no quiz with id &apos;{lesson_quiz_id}&apos;</source>
        <translation>没有 ID 为 &apos;{lesson_quiz_id}&apos; 的测验</translation>
    </message>
    <message>
        <source>quiz &apos;{quiz_id}&apos; belongs to lesson &apos;{quiz_lesson_id}&apos;, not to this lesson</source>
        <translation>测验 &apos;{quiz_id}&apos; 属于课程 &apos;{quiz_lesson_id}&apos;，不属于本课程</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>content folder has no lessons/ folder</source>
        <translation>内容文件夹中没有 “lessons/” 文件夹</translation>
    </message>
    <message>
        <source>duplicate {kind} id &apos;{item_id}&apos; (also in {name})</source>
        <translation>{kind} ID &apos;{item_id}&apos; 重复（{name} 中也有）</translation>
    </message>
    <message>
        <source>no {kind} &apos;{base}&apos; to translate: a variant sits beside its original ({base}.md)</source>
        <translation>没有可翻译的{kind} &apos;{base}&apos;：语言版本应放在原文旁边（{base}.md）</translation>
    </message>
    <message>
        <source>lesson &apos;{quiz_lesson_id}&apos; is a draft: publish it first (its draft quizzes are published with it), or mark this quiz &apos;status: draft&apos; too</source>
        <translation>课程 &apos;{quiz_lesson_id}&apos; 是草稿：请先发布它（它的草稿测验会随之发布），或把本测验也标为 &apos;status: draft&apos;</translation>
    </message>
    <message>
        <source>&apos;Tests:&apos; names lesson &apos;{question_tests_lesson}&apos;, a draft: learners cannot open it until it is published</source>
        <translation>&apos;Tests:&apos; 指向的课程 &apos;{question_tests_lesson}&apos; 是草稿：发布之前学员无法打开它</translation>
    </message>
    <message>
        <source>quiz &apos;{lesson_quiz_id}&apos; is a draft: learners complete this lesson without a quiz until it is published</source>
        <translation>测验 &apos;{lesson_quiz_id}&apos; 是草稿：在它发布之前，学员无需测验即可完成本课程</translation>
    </message>
    <message>
        <source>template text left in a published file: &apos;{shown}&apos; (write your own, or put &apos;status: draft&apos; in the front matter until it is ready)</source>
        <translation>已发布的文件中还留有模板文字：&apos;{shown}&apos;（请改成自己的内容，或在完成前于文件头元数据中写上 &apos;status: draft&apos;）</translation>
    </message>
    <message>
        <source>question heading is empty</source>
        <translation>题目标题为空</translation>
    </message>
    <message>
        <source>question &apos;{name}&apos; needs at least two options</source>
        <translation>题目 &apos;{name}&apos; 至少需要两个选项</translation>
    </message>
    <message>
        <source>question &apos;{name}&apos; has two identical options</source>
        <translation>题目 &apos;{name}&apos; 有两个相同的选项</translation>
    </message>
    <message>
        <source>the explanation (&apos;&gt; ...&apos;) must come after the answers</source>
        <translation>解析（&apos;&gt; ...&apos;）必须放在答案之后</translation>
    </message>
    <message>
        <source>question heading repeats the question at line {seen}</source>
        <translation>题目标题与第 {seen} 行的题目重复</translation>
    </message>
    <message>
        <source>&apos;Tests:&apos; must link to a lesson section: [Title](../lessons/ID.md#anchor)</source>
        <translation>&apos;Tests:&apos; 必须链接到课程的小节：&apos;[标题](../lessons/ID.md#anchor)&apos;</translation>
    </message>
    <message>
        <source>expected an &apos;Answer:&apos; or &apos;Number:&apos; line, not {row!r}</source>
        <translation>此处应为 &apos;Answer:&apos; 或 &apos;Number:&apos; 行，而不是 {row!r}</translation>
    </message>
    <message>
        <source>do not mix &apos;Answer:&apos; and &apos;Number:&apos; lines</source>
        <translation>不要混用 &apos;Answer:&apos; 和 &apos;Number:&apos; 行</translation>
    </message>
    <message>
        <source>{key} weight must be from 1% to 100%</source>
        <translation>{key} 的权重必须在 1% 到 100% 之间</translation>
    </message>
    <message>
        <source>&apos;{key}:&apos; has no value</source>
        <translation>&apos;{key}:&apos; 没有值</translation>
    </message>
    <message>
        <source>options cannot contain nested lists</source>
        <translation>选项中不能包含嵌套列表</translation>
    </message>
    <message>
        <source>each option must start with &apos;[x] &apos; (correct) or &apos;[ ] &apos; (wrong)</source>
        <translation>每个选项必须以 &apos;[x] &apos;（正确）或 &apos;[ ] &apos;（错误）开头</translation>
    </message>
    <message>
        <source>option has no text</source>
        <translation>选项没有文字</translation>
    </message>
    <message>
        <source>question &apos;{name}&apos; has no options or answers</source>
        <translation>题目 &apos;{name}&apos; 没有选项或答案</translation>
    </message>
    <message>
        <source>question &apos;{name}&apos; has no correct option: mark one &apos;- [x]&apos;</source>
        <translation>题目 &apos;{name}&apos; 没有正确选项：请把一项标为 &apos;- [x]&apos;</translation>
    </message>
    <message>
        <source>questions are &apos;##&apos; headings, not &apos;{token_markup}&apos;</source>
        <translation>题目用 &apos;##&apos; 标题，而不是 &apos;{token_markup}&apos;</translation>
    </message>
    <message>
        <source>a question has one explanation; join the &apos;&gt;&apos; blocks</source>
        <translation>每道题只有一段解析；请合并这些 &apos;&gt;&apos; 段落</translation>
    </message>
    <message>
        <source>a question has one answer part; merge the lists or lines</source>
        <translation>每道题只有一个答案部分；请合并这些列表或行</translation>
    </message>
    <message>
        <source>unexpected text after the answers; start the next question with &apos;## &apos;</source>
        <translation>答案后面出现了多余的文字；下一道题请以 &apos;## &apos; 开头</translation>
    </message>
    <message>
        <source>&apos;Number: {value}&apos; is not a number, &apos;A..B&apos; or &apos;V ± T&apos; (numbers of at most 20 digits, below {max_number:.0e})</source>
        <translation>&apos;Number: {value}&apos; 不是数字、&apos;A..B&apos; 或 &apos;V ± T&apos;（数字最多 20 位，且小于 {max_number:.0e}）</translation>
    </message>
    <message>
        <source>each matching item must read &apos;left -&gt; right&apos;</source>
        <translation>每个配对项必须写成 &apos;left -&gt; right&apos;</translation>
    </message>
    <message>
        <source>matching item has nothing after &apos;-&gt;&apos;</source>
        <translation>配对项的 &apos;-&gt;&apos; 后面没有内容</translation>
    </message>
    <message>
        <source>an option weight must be from -100% to 100%</source>
        <translation>选项权重必须在 -100% 到 100% 之间</translation>
    </message>
    <message>
        <source>question &apos;{name}&apos; has weights but none above 0%</source>
        <translation>题目 &apos;{name}&apos; 设了权重，但没有一项大于 0%</translation>
    </message>
    <message>
        <source>options must be a task list (&apos;- [x] ...&apos;), not a numbered list</source>
        <translation>选项必须是任务列表（&apos;- [x] ...&apos;），而不是编号列表</translation>
    </message>
    <message>
        <source>matching question &apos;{name}&apos; needs at least two pairs</source>
        <translation>配对题 &apos;{name}&apos; 至少需要两组配对</translation>
    </message>
    <message>
        <source>matching question &apos;{name}&apos; repeats a left-hand item</source>
        <translation>配对题 &apos;{name}&apos; 的左侧项有重复</translation>
    </message>
    <message>
        <source>option of {text_count} characters is longer than one line of the quiz at a 1024 px window (about {one_line_chars}); it wraps, but a shorter option reads faster and does not stand out as the answer</source>
        <translation>选项有 {text_count} 个字符，超过了 1024 像素宽窗口中测验的一行（约 {one_line_chars} 个）；它会自动换行，但更短的选项读起来更快，也不会因此显得像答案</translation>
    </message>
    <message>
        <source>&apos;from&apos; is &apos;{draw_from}&apos;; the one choice is &apos;required&apos;</source>
        <translation>&apos;from&apos; 是 &apos;{draw_from}&apos;；唯一可选值是 &apos;required&apos;</translation>
    </message>
    <message>
        <source>&apos;from: required&apos; needs &apos;draw&apos;: how many to ask</source>
        <translation>&apos;from: required&apos; 需要 &apos;draw&apos;：每次抽多少道题</translation>
    </message>
    <message>
        <source>&apos;per_lesson&apos; needs &apos;from: required&apos;</source>
        <translation>&apos;per_lesson&apos; 需要 &apos;from: required&apos;</translation>
    </message>
    <message>
        <source>the quiz has no questions: add a &apos;## question&apos; with options</source>
        <translation>测验没有题目：请加一个带选项的 &apos;## 题目&apos;</translation>
    </message>
    <message>
        <source>&apos;draw&apos; is {draw} but the quiz has only {questions_count} questions</source>
        <translation>&apos;draw&apos; 是 {draw}，但测验只有 {questions_count} 道题</translation>
    </message>
    <message>
        <source>its path holds a control character (such as %00)</source>
        <translation>其路径中含有控制字符（例如 %00）</translation>
    </message>
    <message>
        <source>a name in its path is longer than {max_name_bytes} bytes</source>
        <translation>其路径中有一个名称超过 {max_name_bytes} 字节</translation>
    </message>
    <message>
        <source>This text is too long to show ({count} characters; the limit is {limit}). Split it into several lessons.</source>
        <translation>这段文字太长，无法显示（{count} 个字符，上限为 {limit}）。请拆分成几节课程。</translation>
    </message>
    <message>
        <source>cannot read {what}: its name is not a valid file name</source>
        <translation>无法读取 {what}：其名称不是有效的文件名</translation>
    </message>
    <message>
        <source>cannot read {what}: {reason}</source>
        <translation>无法读取 {what}：{reason}</translation>
    </message>
    <message>
        <source>{what} is not a regular file (a named pipe, device or folder): only ordinary files are read</source>
        <translation>{what} 不是普通文件（而是命名管道、设备或文件夹）：只读取普通文件</translation>
    </message>
    <message>
        <source>{what} has more than {limit:,} bytes; it may have {limit:,}</source>
        <translation>{what} 超过 {limit:,} 字节；最多只能有 {limit:,}</translation>
    </message>
    <message>
        <source>{path} is outside the content folder {root}</source>
        <translation>{path} 不在内容文件夹 {root} 之内</translation>
    </message>
    <message>
        <source>&apos;{relative}&apos; is not a file name in lessons/, quizzes/ or assets/</source>
        <translation>&apos;{relative}&apos; 不是 “lessons/”、“quizzes/” 或 “assets/” 中的文件名</translation>
    </message>
    <message>
        <source>the pulled {relative} does not match its hash</source>
        <translation>拉取的 {relative} 与其哈希值不符</translation>
    </message>
    <message>
        <source>{directory} is a link: pulled content is not written there</source>
        <translation>{directory} 是一个链接：拉取的内容不会写入其中</translation>
    </message>
    <message>
        <source>{target} is a link: pulled content is not written there</source>
        <translation>{target} 是一个链接：拉取的内容不会写到那里</translation>
    </message>
    <message>
        <source>missing the heading &apos;{title} … {{#{anchor}}}&apos; of {file}:{line} (and every heading after it)</source>
        <translation>缺少 {file}:{line} 的标题 &apos;{title} … {{#{anchor}}}&apos;（以及其后的所有标题）</translation>
    </message>
    <message>
        <source>{path_name} has no heading here: a variant has exactly its original&apos;s sections</source>
        <translation>{path_name} 在此处没有标题：语言版本的小节必须与原文完全一致</translation>
    </message>
    <message>
        <source>a translated heading ends with its original&apos;s anchor: add {{#{want}}}</source>
        <translation>译文标题要以原文的锚点结尾：请加上 {{#{want}}}</translation>
    </message>
    <message>
        <source>expected &apos;{title} … {{#{anchor}}}&apos; here (as in {file}:{line}), found &apos;{found} … {{#{found_anchor}}}&apos;</source>
        <translation>此处应为 &apos;{title} … {{#{anchor}}}&apos;（同 {file}:{line}），实际是 &apos;{found} … {{#{found_anchor}}}&apos;</translation>
    </message>
    <message>
        <source>expected the question {{#{mine_id}}} here: the translated heading ends with its original&apos;s id, and the questions keep the original&apos;s order</source>
        <translation>此处应为题目 {{#{mine_id}}}：译文标题要以原文的 ID 结尾，题目顺序也要与原文一致</translation>
    </message>
    <message>
        <source>the question is {here} here but {original} in the original</source>
        <translation>此题在这里是 {here}，在原文中却是 {original}</translation>
    </message>
    <message>
        <source>{theirs_options_count} options; the original has {mine_options_count}</source>
        <translation>{theirs_options_count} 个选项；原文有 {mine_options_count} 个</translation>
    </message>
    <message>
        <source>the [x] marks differ from the original&apos;s (same options, same order)</source>
        <translation>[x] 标记与原文不同（选项和顺序都应相同）</translation>
    </message>
    <message>
        <source>the option weights (%) differ from the original&apos;s</source>
        <translation>选项权重（%）与原文不同</translation>
    </message>
    <message>
        <source>true/false options stay literally &apos;True&apos; and &apos;False&apos; (the app translates them)</source>
        <translation>判断题的选项必须原样写成 &apos;True&apos; 和 &apos;False&apos;（由应用负责翻译）</translation>
    </message>
    <message>
        <source>the &apos;Tests:&apos; link must keep the original&apos;s target ({target})</source>
        <translation>&apos;Tests:&apos; 链接必须保留原文的目标（{target}）</translation>
    </message>
    <message>
        <source>the &apos;Number:&apos; lines differ from the original&apos;s</source>
        <translation>&apos;Number:&apos; 行与原文不同</translation>
    </message>
    <message>
        <source>{theirs_pairs_count} pairs; the original has {mine_pairs_count}</source>
        <translation>{theirs_pairs_count} 组配对；原文有 {mine_pairs_count} 组</translation>
    </message>
    <message>
        <source>the matching answers (pairs and distractors) differ in number from the original&apos;s</source>
        <translation>配对答案（配对项和干扰项）的数量与原文不同</translation>
    </message>
    <message>
        <source>{path_name} has {original_questions_count} questions; this is question {value}</source>
        <translation>{path_name} 有 {original_questions_count} 道题；这是第 {value} 道</translation>
    </message>
    <message>
        <source>missing the question {{#{missing_id}}} of {path_name}:{missing_line} (and every question after it)</source>
        <translation>缺少 {path_name}:{missing_line} 的题目 {{#{missing_id}}}（以及其后的所有题目）</translation>
    </message>
    <message>
        <source>unknown language &apos;{named}&apos; in the file name (known: {known})</source>
        <translation>文件名中的语言 &apos;{named}&apos; 未知（可用：{known}）</translation>
    </message>
    <message>
        <source>&apos;lang&apos; is {lang!r} but the file name says {named!r}</source>
        <translation>&apos;lang&apos; 是 {lang!r}，但文件名表明是 {named!r}</translation>
    </message>
    <message>
        <source>&apos;id&apos; is {item_id!r}: a variant keeps its original&apos;s id ({named!r}, from the file name)</source>
        <translation>&apos;id&apos; 是 {item_id!r}：语言版本要沿用原文的 ID（来自文件名的 {named!r}）</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>警告：{problem}</translation>
    </message>
    <message>
        <source>hint: {problem}</source>
        <translation>提示：{problem}</translation>
    </message>
</context>
<context>
    <name>ContentPanel</name>
    <message>
        <source>Flag lessons not reviewed for this many days</source>
        <translation>标记超过此天数未复核的课程</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Course content</source>
        <translation>课程内容</translation>
    </message>
    <message>
        <source>{flag} Review lessons older than</source>
        <translation>{flag} 复核早于此天数的课程</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) due for review.</source>
        <translation>
            <numerusform>%n 门课程需要复核。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentTree</name>
    <message>
        <source>Lessons, quizzes and assets</source>
        <translation>课程、测验和素材</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Quiz: {title}</source>
        <translation>测验：{title}</translation>
    </message>
    <message>
        <source>Quizzes without lesson</source>
        <translation>未关联课程的测验</translation>
    </message>
    <message>
        <source>Files with errors (hidden from learners)</source>
        <translation>有错误的文件（学员不可见）</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Translation: {lang}</source>
        <translation>译文：{lang}</translation>
    </message>
    <message>
        <source>translation out of date</source>
        <translation>译文已过期</translation>
    </message>
    <message>
        <source>Sections changed materially in {other} on {date} and not yet published in this language: {anchors}</source>
        <translation>以下小节于 {date} 在{other}中有实质性修改，本语言尚未发布：{anchors}</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Not yet checked against the platform&apos;s own rule pages: its &apos;reviewed&apos; date is empty.</source>
        <translation>尚未对照平台规则中心的页面核对：其“reviewed”日期为空。</translation>
    </message>
    <message>
        <source>Review due: last checked against the platform&apos;s rules {days} days ago (limit {limit}).</source>
        <translation>需要复核：上次对照平台规则核对是在 {days} 天前（期限 {limit} 天）。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Draft: learners do not see it until you publish it (Publish…).</source>
        <translation>草稿：发布之前学员看不到（发布…）。</translation>
    </message>
    <message>
        <source>Draft · {count}</source>
        <translation>草稿 · {count}</translation>
    </message>
</context>
<context>
    <name>DepartmentsTab</name>
    <message>
        <source>Employees and assignments can name only these departments. Lessons name the departments they are required for in their &apos;roles&apos;.</source>
        <translation>员工和培训分配只能使用这些部门。课程在其“roles”中写明对哪些部门为必修。</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Add department…</source>
        <translation>添加部门…</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} 小时 {m:02d} 分钟</translation>
    </message>
</context>
<context>
    <name>EditEmployeeDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Manages only these departments:</source>
        <translation>只管理以下部门：</translation>
    </message>
    <message>
        <source>Manages only some departments</source>
        <translation>只管理部分部门</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>EmployeeDetailScreen</name>
    <message>
        <source>← Team</source>
        <translation>← 团队</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Give this employee a one-time password when they forgot theirs (your own you change by typing it; a manager&apos;s is reset by a company manager)</source>
        <translation>员工忘记密码时，给他一个一次性密码（你自己的密码需输入原密码修改；主管的密码由公司主管重置）</translation>
    </message>
    <message>
        <source>Let them sign in now</source>
        <translation>允许其立即登录</translation>
    </message>
    <message>
        <source>After several wrong passwords in a row each try on this computer waits (up to a minute); let this employee try again at once. The audit log records it.</source>
        <translation>连续多次输错密码后，在这台电脑上每次尝试都要等待（最长一分钟）；让这位员工立即重试。此操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Export record…</source>
        <translation>导出记录…</translation>
    </message>
    <message>
        <source>Save every attempt, answer and lesson completion of this employee as a JSON file, with the chain head that later shows whether records were deleted</source>
        <translation>将该员工的每次作答、答案和课程完成记录保存为 JSON 文件，并附上链头，之后可据此查看记录是否被删除</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Department, start date (training assigned before it is due as many days after it as everyone else had), role and the departments a manager manages</source>
        <translation>部门、入职日期（在此之前分配的培训，截止天数与其他人相同）、角色，以及主管所管理的部门</translation>
    </message>
    <message>
        <source>Lessons of this employee</source>
        <translation>该员工的课程</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必修</translation>
    </message>
    <message>
        <source>Time read</source>
        <translation>阅读时长</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Quiz attempts of this employee</source>
        <translation>该员工的测验作答</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Answers of the attempt</source>
        <translation>本次作答的答案</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Export the lessons</source>
        <translation>导出课程</translation>
    </message>
    <message>
        <source>Quiz attempts (select one to see its answers)</source>
        <translation>测验作答（选择一次查看其答案）</translation>
    </message>
    <message>
        <source>Export the attempts</source>
        <translation>导出作答记录</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>{department} · {role} · joined {joined} · status: {status}</source>
        <translation>{department} · {role} · 入职 {joined} · 状态：{status}</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>无部门</translation>
    </message>
    <message>
        <source>{done} of {total} required lessons done</source>
        <translation>已完成 {done} / {total} 门必修课程</translation>
    </message>
    <message>
        <source>overdue: {titles}</source>
        <translation>已逾期：{titles}</translation>
    </message>
    <message>
        <source>next due {date}</source>
        <translation>下一个截止日期 {date}</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Time ran out</source>
        <translation>时间已到</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Select an attempt to see every answer given.</source>
        <translation>选择一次作答以查看全部答案。</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>截止 {date}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>密码未更改</translation>
    </message>
    <message>
        <source>The password of {name} was not changed: {error}.</source>
        <translation>{name} 的密码未更改：{error}。</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>{name} signs in with the new password from now on. Tell them in person; the change is in the audit log.</source>
        <translation>从现在起 {name} 使用新密码登录。请当面告知；此更改已记入审计日志。</translation>
    </message>
    <message>
        <source>Export the record of {name}</source>
        <translation>导出 {name} 的记录</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Record not exported</source>
        <translation>记录未导出</translation>
    </message>
    <message>
        <source>The record of {name} was not exported: {error}.</source>
        <translation>{name} 的记录未导出：{error}。</translation>
    </message>
    <message>
        <source>Its chain head is #{seq} {hash}. Keep the file (or this hash) apart from the database: &apos;sellertrain verify-records --employee NAME --head HASH&apos; then shows whether records were deleted since.</source>
        <translation>其链头为 #{seq} {hash}。请将文件（或此哈希值）与数据库分开保存：之后运行“sellertrain verify-records --employee NAME --head HASH”即可查看记录是否被删除。</translation>
    </message>
    <message>
        <source>No quiz result is in the chain yet, so there is no chain head.</source>
        <translation>链中还没有测验结果，因此没有链头。</translation>
    </message>
    <message>
        <source>Record exported</source>
        <translation>记录已导出</translation>
    </message>
    <message>
        <source>The record of {name} was saved to {path}.</source>
        <translation>{name} 的记录已保存到 {path}。</translation>
    </message>
    <message>
        <source>This attempt is not finished yet.</source>
        <translation>本次作答尚未完成。</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create manager account</source>
        <translation>创建主管账户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Welcome to SellerTrain</source>
        <translation>欢迎使用 SellerTrain</translation>
    </message>
    <message>
        <source>There are no accounts yet. Create the first manager account: the manager adds staff, assigns training and sees everyone&apos;s progress.</source>
        <translation>还没有任何账户。请创建第一个主管账户：主管负责添加员工、分配培训并查看所有人的进度。</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>请输入你的姓名。</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>This password is one of the first anyone would guess; choose a less common one.</source>
        <translation>这个密码太容易被猜到，请换一个不常见的。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>No Chinese (CJK) font was found, so Chinese text would show as empty boxes. Install one and restart SellerTrain: on Debian/Ubuntu &apos;sudo apt install fonts-noto-cjk&apos; (or fonts-wqy-microhei), on Fedora &apos;sudo dnf install google-noto-sans-cjk-fonts&apos;; Windows (Microsoft YaHei) and macOS (PingFang SC) have one built in.</source>
        <translation>未找到中文（CJK）字体，中文会显示为空白方框。请安装一种中文字体后重启 SellerTrain：Debian/Ubuntu 运行“sudo apt install fonts-noto-cjk”（或 fonts-wqy-microhei），Fedora 运行“sudo dnf install google-noto-sans-cjk-fonts”；Windows（微软雅黑）和 macOS（苹方）已自带中文字体。</translation>
    </message>
</context>
<context>
    <name>GridExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import employees from {file}</source>
        <translation>从 {file} 导入员工</translation>
    </message>
    <message>
        <source>Employees in the file</source>
        <translation>文件中的员工</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported. Fix the file and try again.</source>
        <translation>
            <numerusform>%n 个问题：不会导入任何内容。请修改文件后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) ready to import, all at once.</source>
        <translation>
            <numerusform>%n 名员工可以一次性导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>the file is damaged UTF-16: save it as &apos;CSV UTF-8&apos;</source>
        <translation>文件是损坏的 UTF-16 编码：请另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>the file is not UTF-8 (byte 0x{byte} at column {column}): in Excel use &apos;Save as&apos; &gt; &apos;CSV UTF-8 (comma delimited)&apos;, then import it again</source>
        <translation>文件不是 UTF-8 编码（第 {column} 列有字节 0x{byte}）：请在 Excel 中用“另存为”&gt;“CSV UTF-8（逗号分隔）”保存，然后重新导入</translation>
    </message>
    <message>
        <source>the file is {size} MB; an employees file is at most {most} MB: is it the right file? Split it if it is</source>
        <translation>文件有 {size} MB，员工文件最大 {most} MB：是不是选错了文件？如果没错，请拆分后再导入</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>the file is empty: the first line must be the header name,role,password (and optionally department)</source>
        <translation>文件是空的：第一行必须是表头 name,role,password（可另加 department）</translation>
    </message>
    <message>
        <source>the header line cannot be read: {reason}</source>
        <translation>无法读取表头行：{reason}</translation>
    </message>
    <message>
        <source>missing column(s) {missing}; the header needs {needed} (and optionally department)</source>
        <translation>缺少列 {missing}；表头需要 {needed}（可另加 department）</translation>
    </message>
    <message>
        <source>unknown column(s) {columns}</source>
        <translation>未知的列 {columns}</translation>
    </message>
    <message>
        <source>column(s) {columns} appear twice</source>
        <translation>列 {columns} 出现了两次</translation>
    </message>
    <message>
        <source>more cells than columns in the header</source>
        <translation>单元格比表头的列多</translation>
    </message>
    <message>
        <source>a cell runs on to line {line}: a quote (&quot;) is probably not closed</source>
        <translation>有个单元格一直延续到第 {line} 行：可能有引号（&quot;）没有闭合</translation>
    </message>
    <message>
        <source>a cell holds a control character (such as NUL): is this a CSV text file?</source>
        <translation>有个单元格含有控制字符（如 NUL）：这是 CSV 文本文件吗？</translation>
    </message>
    <message>
        <source>this line cannot be read ({reason}): look for a quote (&quot;) that is not closed, or a character that is not text</source>
        <translation>无法读取此行（{reason}）：请检查是否有未闭合的引号（&quot;）或非文本字符</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos; for {name} (use learner, manager or author)</source>
        <translation>{name} 的角色“{role}”未知（请用 learner、manager 或 author）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is also on line {line}</source>
        <translation>“{name}”在第 {line} 行也出现了</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already an employee ({existing})</source>
        <translation>“{name}”已是员工（{existing}）</translation>
    </message>
    <message>
        <source>the file holds no employees, only its header</source>
        <translation>文件只有表头，没有员工</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (windows-1252 or another encoding?); GIFT files must use UTF-8: save it as UTF-8 and try again</source>
        <translation>文件不是 UTF-8 文本（可能是 windows-1252 或其他编码）；GIFT 文件必须使用 UTF-8：请另存为 UTF-8 后重试</translation>
    </message>
    <message>
        <source>text right after a $CATEGORY line is not read as a question: put a blank line after the $CATEGORY line</source>
        <translation>紧跟在 $CATEGORY 行后面的文字不会被读作题目：请在 $CATEGORY 行后加一个空行</translation>
    </message>
    <message>
        <source>could not find the answers between {open} and {close}</source>
        <translation>在 {open} 和 {close} 之间找不到答案</translation>
    </message>
    <message>
        <source>{close} comes before {open}: escape literal braces as {escaped}</source>
        <translation>{close} 出现在 {open} 之前：文字中的花括号请写成 {escaped}</translation>
    </message>
    <message>
        <source>a multiple choice question needs at least 2 answers</source>
        <translation>选择题至少需要 2 个答案</translation>
    </message>
    <message>
        <source>a matching question needs at least 2 entries</source>
        <translation>配对题至少需要 2 组</translation>
    </message>
    <message>
        <source>matching entry &apos;{entry}&apos; has no &apos;-&gt;&apos;</source>
        <translation>配对项“{entry}”中没有“-&gt;”</translation>
    </message>
    <message>
        <source>a short answer question needs at least 1 answer</source>
        <translation>简答题至少需要 1 个答案</translation>
    </message>
    <message>
        <source>a numerical question needs at least 1 answer</source>
        <translation>数值题至少需要 1 个答案</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a range of numbers (write it as 1.5..2.5)</source>
        <translation>“{text}”不是数值范围（请写成 1.5..2.5）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number with a tolerance (write it as 3:0.5)</source>
        <translation>“{text}”不是带误差的数值（请写成 3:0.5）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; holds a number beyond {most}: numbers must be smaller</source>
        <translation>“{text}”中的数值超过 {most}：数值必须更小</translation>
    </message>
    <message>
        <source>essay question: it needs a teacher to mark it, which SellerTrain has no kind for</source>
        <translation>论述题：需要老师评分，SellerTrain 没有这种题型</translation>
    </message>
    <message>
        <source>description (text with no answer): it is not a question</source>
        <translation>说明（没有答案的文字）：它不是题目</translation>
    </message>
    <message>
        <source>feedback on each answer left out (kept: the question&apos;s explanation)</source>
        <translation>各答案的反馈未导入（保留了题目的解析）</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <source>no answer can be kept: {notes}</source>
        <translation>没有可保留的答案：{notes}</translation>
    </message>
    <message>
        <source>{item} left out (only text is imported)</source>
        <translation>{item} 未导入（只导入文字）</translation>
    </message>
    <message>
        <source>weight {weight} kept within -100% and 100%</source>
        <translation>权重 {weight} 已限制在 -100% 到 100% 之间</translation>
    </message>
    <message>
        <source>Moodle shows check boxes here; only one option earns marks, so it is single choice</source>
        <translation>Moodle 在这里显示复选框；但只有一个选项得分，所以导入为单选题</translation>
    </message>
    <message>
        <source>several options are worth 100%: learners may now tick more than one</source>
        <translation>有多个选项的分值为 100%：学员现在可以勾选多个</translation>
    </message>
    <message>
        <source>answer &apos;{text}&apos; left out: it earns nothing</source>
        <translation>答案“{text}”未导入：它不得分</translation>
    </message>
    <message>
        <source>answer &apos;{text}&apos; kept as &apos;{exact}&apos;: SellerTrain has no &apos;*&apos; wildcard, so only those exact words earn marks</source>
        <translation>答案“{text}”保留为“{exact}”：SellerTrain 不支持“*”通配符，所以只有完全相同的文字才得分</translation>
    </message>
    <message>
        <source>an answer that accepts anything was left out</source>
        <translation>接受任意内容的答案未导入</translation>
    </message>
    <message>
        <source>answer &apos;{text}&apos; given twice: kept once</source>
        <translation>答案“{text}”出现了两次：只保留一次</translation>
    </message>
    <message>
        <source>an answer that accepts any number was left out</source>
        <translation>接受任意数值的答案未导入</translation>
    </message>
    <message>
        <source>answer {value} left out: it earns nothing</source>
        <translation>答案 {value} 未导入：它不得分</translation>
    </message>
    <message>
        <source>{kind} questions are not supported</source>
        <translation>不支持 {kind} 题型</translation>
    </message>
    <message>
        <source>Moodle id number and tags not kept ({kept})</source>
        <translation>Moodle 的 ID 编号和标签未保留（{kept}）</translation>
    </message>
    <message>
        <source>image {source}</source>
        <translation>图片 {source}</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>link {href}</source>
        <translation>链接 {href}</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>单选题</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>多选题</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>判断题</translation>
    </message>
    <message>
        <source>short answer</source>
        <translation>简答题</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>数值题</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>匹配题</translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation>{kind} {count} 道</translation>
    </message>
    <message>
        <source>{kinds}, {kind}</source>
        <translation>{kinds}、{kind}</translation>
    </message>
    <message>
        <source>{questions} in {quizzes}{kinds}; {rejected} not convertible</source>
        <translation>{quizzes}，共 {questions}{kinds}；{rejected} 道无法转换</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n 个测验</numerusform>
        </translation>
    </message>
    <message>
        <source> ({kinds})</source>
        <translation>（{kinds}）</translation>
    </message>
    <message>
        <source>the question has no text</source>
        <translation>题目没有文字</translation>
    </message>
    <message>
        <source>no accepted answer earns marks</source>
        <translation>没有得分的可接受答案</translation>
    </message>
    <message>
        <source>no number earns marks</source>
        <translation>没有得分的数值</translation>
    </message>
    <message>
        <source>a choice question needs at least two options</source>
        <translation>选择题至少需要两个选项</translation>
    </message>
    <message>
        <source>no option is correct</source>
        <translation>没有正确的选项</translation>
    </message>
    <message>
        <source>an option has no text (images cannot be imported)</source>
        <translation>有个选项没有文字（图片无法导入）</translation>
    </message>
    <message>
        <source>two options read the same (&apos;{text}&apos;), so learners cannot tell them apart</source>
        <translation>有两个选项内容相同（“{text}”），学员无法区分</translation>
    </message>
    <message>
        <source>no option earns marks</source>
        <translation>没有得分的选项</translation>
    </message>
    <message>
        <source>a matching question needs at least two pairs</source>
        <translation>配对题至少需要两组</translation>
    </message>
    <message>
        <source>a matching question repeats a left-hand item</source>
        <translation>配对题的左侧项有重复</translation>
    </message>
    <message>
        <source>heading repeats another question: written as &apos;{text}&apos;</source>
        <translation>标题与另一道题重复：写为“{text}”</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written</source>
        <translation>{path} 已存在；没有写入任何内容</translation>
    </message>
    <message>
        <source>quiz id &apos;{quiz}&apos; is already used by {file}; nothing was written</source>
        <translation>测验 ID“{quiz}”已被 {file} 使用；没有写入任何内容</translation>
    </message>
    <message>
        <source>a short answer containing &apos;-&gt;&apos; would read as a matching question</source>
        <translation>含有“-&gt;”的简答答案会被读作配对题</translation>
    </message>
    <message>
        <source>a matching item with &apos;-&gt;&apos; on its left cannot be written in GIFT</source>
        <translation>左侧含有“-&gt;”的配对项无法写成 GIFT</translation>
    </message>
    <message>
        <source>{file}:{line}: the file is not UTF-8 text; save it as UTF-8</source>
        <translation>{file}:{line}：文件不是 UTF-8 文本；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>Question not started on line {line}</source>
        <translation>第 {line} 行：题目尚未开始</translation>
    </message>
    <message>
        <source>Question must have at least 2 answers on line {line}</source>
        <translation>第 {line} 行：题目至少需要 2 个答案</translation>
    </message>
    <message>
        <source>ANSWER &apos;{letter}&apos; names no choice of the question on line {line}</source>
        <translation>第 {line} 行：ANSWER“{letter}”不是这道题的任何选项</translation>
    </message>
    <message>
        <source>Question not completed before next question start on line {line}</source>
        <translation>第 {line} 行：上一道题尚未完成，下一道题就开始了</translation>
    </message>
    <message>
        <source>Question started on line {line} has no ANSWER line before the end of the file</source>
        <translation>从第 {line} 行开始的题目直到文件结束都没有 ANSWER 行</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <translation>语言 Language</translation>
    </message>
    <message>
        <source>Change the language?</source>
        <translation>切换语言？</translation>
    </message>
    <message>
        <source>SellerTrain signs you out to change the language.</source>
        <translation>切换语言需要先退出登录。</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <source>Sections of this lesson</source>
        <translation>本课程的小节</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>课程正文</translation>
    </message>
    <message>
        <source>← Outline</source>
        <translation>← 课程目录</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Mark as complete</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Take the quiz</source>
        <translation>参加测验</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Due again: read it and mark it complete to renew your training.</source>
        <translation>需要再次学习：阅读并标记为已完成即可续期你的培训。</translation>
    </message>
    <message>
        <source>This lesson changed since you completed it.</source>
        <translation>自你完成以来，此课程已更新。</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>测验已通过</translation>
    </message>
    <message>
        <source>Complete — its quiz is still required</source>
        <translation>已完成——仍需通过其测验</translation>
    </message>
    <message>
        <source>Completed ✓</source>
        <translation>已完成 ✓</translation>
    </message>
    <message>
        <source>Mark as complete ({m}:{s:02d})</source>
        <translation>标记为已完成（{m}:{s:02d}）</translation>
    </message>
    <message>
        <source>Read the lesson first: it can be marked complete after {minutes} of reading ({percent}% of its reading time). Time counts while the lesson is open.</source>
        <translation>请先阅读课程：阅读 {minutes} 后（阅读时长的 {percent}%）才能标记为已完成。课程打开期间计时。</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <source>Open web page?</source>
        <translation>打开网页？</translation>
    </message>
    <message>
        <source>This link opens in your web browser:

{address}

Open it?</source>
        <translation>此链接将在浏览器中打开：

{address}

要打开吗？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SellerTrain</source>
        <translation>SellerTrain</translation>
    </message>
    <message numerus="yes">
        <source>%n content problem(s) hidden from learners; run &apos;sellertrain check&apos;.</source>
        <translation>
            <numerusform>%n 个内容问题已对学员隐藏；请运行“sellertrain check”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the quiz?</source>
        <translation>离开测验？</translation>
    </message>
    <message>
        <source>Your answers so far are kept. The quiz continues where you left it when you start it again or sign in next time.</source>
        <translation>你目前的答案会保留。再次开始或下次登录时，测验会从你离开的地方继续。</translation>
    </message>
    <message>
        <source>This quiz cannot be taken now</source>
        <translation>此测验现在无法参加</translation>
    </message>
    <message>
        <source>Cannot show this attempt</source>
        <translation>无法显示这次作答</translation>
    </message>
</context>
<context>
    <name>MyProgressScreen</name>
    <message>
        <source>My progress</source>
        <translation>我的进度</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time read</source>
        <translation>阅读时长</translation>
    </message>
    <message>
        <source>Best quiz score</source>
        <translation>测验最高分</translation>
    </message>
    <message>
        <source>My quiz attempts</source>
        <translation>我的测验作答</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>我的证书</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Quiz attempts (double-click to review)</source>
        <translation>测验作答（双击查看）</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>{percent}% of required training done · {time} reading · {n} quiz attempts</source>
        <translation>已完成 {percent}% 的必修培训 · 阅读 {time} · {n} 次测验作答</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>复核日期</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>我的进度</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>编写</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SellerTrain</source>
        <translation>关于 SellerTrain(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation>为 {name} 设置新密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password now: at least {n} characters; a few unrelated words make a good one.</source>
        <translation>你使用一次性密码登录。现在请设置你自己的密码：至少 {n} 个字符；几个不相关的词组合起来就是好密码。</translation>
    </message>
    <message>
        <source>{name} signs in once with this password and then chooses their own; a wait after wrong passwords ends. Tell them the password in person.</source>
        <translation>{name} 用这个密码登录一次，然后设置自己的密码；输错密码后的等待随之解除。请当面告诉对方这个密码。</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>This password is one of the first anyone would guess; choose a less common one.</source>
        <translation>这个密码太容易被猜到，请换一个不常见的。</translation>
    </message>
</context>
<context>
    <name>OpenFileView</name>
    <message>
        <source>No file open</source>
        <translation>未打开文件</translation>
    </message>
    <message>
        <source>new, not saved yet</source>
        <translation>新建，尚未保存</translation>
    </message>
    <message>
        <source>deleted on disk: save to keep it</source>
        <translation>已在磁盘上删除：保存即可保留</translation>
    </message>
    <message>
        <source>● unsaved changes</source>
        <translation>● 有未保存的更改</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Draft: learners do not see it until you publish it. Tick &apos;Preview as learner&apos; to see it as they will.</source>
        <translation>草稿：发布之前学员看不到。勾选“学员视角预览”可查看学员将看到的样子。</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
        <source>{name} was changed by another program.

Reload it and lose your unsaved changes here? Choose No to keep editing; saving then replaces the other version.</source>
        <translation>{name} 已被其他程序修改。

重新加载并丢弃你在这里未保存的更改吗？选择“否”继续编辑；之后保存会覆盖另一个版本。</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Make this draft visible to learners (recorded in the audit log)</source>
        <translation>让学员可以看到此草稿（记入审计日志）</translation>
    </message>
    <message>
        <source>Publish quiz change…</source>
        <translation>发布测验修改…</translation>
    </message>
    <message>
        <source>This quiz changed since it was published: nobody can take it until then</source>
        <translation>此测验在发布后被修改过：再次发布之前，任何人都无法参加</translation>
    </message>
    <message>
        <source>Publish change…</source>
        <translation>发布变更…</translation>
    </message>
    <message>
        <source>This lesson changed outside the app since learners last saw a decided version: say whether a rule changed</source>
        <translation>自学员上次看到已确认的版本以来，此课程在应用外被修改过：请说明规则是否有变化</translation>
    </message>
</context>
<context>
    <name>OsError</name>
    <message>
        <source>the file or folder does not exist</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>permission denied (the file may be open in another program)</source>
        <translation>没有权限（文件可能正被其他程序打开）</translation>
    </message>
    <message>
        <source>no permission to use {path} (it may be open in another program)</source>
        <translation>没有权限使用 {path}（它可能正被其他程序打开）</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>路径中有一部分是文件，而不是文件夹</translation>
    </message>
    <message>
        <source>part of the path {path} is a file, not a folder</source>
        <translation>路径 {path} 中有一部分是文件，而不是文件夹</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>已经存在</translation>
    </message>
    <message>
        <source>{path} exists already</source>
        <translation>{path} 已经存在</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is full: {path} was not written</source>
        <translation>磁盘已满：未能写入 {path}</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk</source>
        <translation>{path} 所在的磁盘是只读的</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <source>the file name {path} is too long</source>
        <translation>文件名 {path} 太长</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message>
        <source>Course progress</source>
        <translation>课程进度</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation>课程目录</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>阅读时长</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必修</translation>
    </message>
    <message numerus="yes">
        <source>Updated rules to review: the rules in %n lesson(s) you completed have changed. See what changed, then answer a short re-check.</source>
        <translation>
            <numerusform>规则已更新，请复习：你已完成的 %n 门课程中的规则有变化。查看改动后，回答一个简短的复查。</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed: {title}</source>
        <translation>有何改动：{title}</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>你好，{name}</translation>
    </message>
    <message>
        <source>{done} of {total} required lessons done ({percent}%)</source>
        <translation>已完成 {done} / {total} 门必修课程（{percent}%）</translation>
    </message>
    <message>
        <source>Nothing is required of you yet: every lesson is optional.</source>
        <translation>目前没有你的必修内容：所有课程均为选修。</translation>
    </message>
    <message>
        <source>Continue: {title}</source>
        <translation>继续：{title}</translation>
    </message>
    <message>
        <source>Start: {title}</source>
        <translation>开始：{title}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>You have read it for {t}</source>
        <translation>你已阅读 {t}</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>已完成 {done} / {total}</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>not passed yet</source>
        <translation>尚未通过</translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation>{n} 道题</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>截止 {date}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>测验已通过</translation>
    </message>
    <message>
        <source>Needs refresh</source>
        <translation>需要复训</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Writing the PDF report of {n} employees…</source>
        <translation>正在生成 {n} 名员工的 PDF 报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export report (PDF)</source>
        <translation>导出报告（PDF）</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：未写入任何文件。</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems found by the checks</source>
        <translation>检查发现的问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>警告：{problem}</translation>
    </message>
    <message>
        <source>Double-click to go to line {line}</source>
        <translation>双击跳到第 {line} 行</translation>
    </message>
    <message>
        <source>✔ No problems: the course passes every check with this text.</source>
        <translation>✔ 没有问题：此文本通过了所有检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click a row to go to its line</source>
        <translation>双击一行可跳到对应的行</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish the change to “{title}”</source>
        <translation>发布对“{title}”的变更</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) completed this lesson. Did a rule change, or only the wording?</source>
        <translation>
            <numerusform>%n 名员工已完成此课程。是规则有变化，还是只改了措辞？</numerusform>
        </translation>
    </message>
    <message>
        <source>Material: the rule changed</source>
        <translation>实质性变更：规则有变化</translation>
    </message>
    <message>
        <source>Material change</source>
        <translation>实质性变更</translation>
    </message>
    <message>
        <source>Editorial: typo or wording, the rules are the same</source>
        <translation>编辑性修改：错别字或措辞，规则不变</translation>
    </message>
    <message>
        <source>Editorial change</source>
        <translation>编辑性修改</translation>
    </message>
    <message>
        <source>For a material change, everyone who completed an earlier version sees “Updated rules to review” with the ticked sections highlighted, then answers the questions on them. An editorial change changes nothing for learners.</source>
        <translation>对于实质性变更，所有完成过旧版本的人都会看到“规则已更新，请复习”，勾选的小节会被突出显示，然后回答相关题目。编辑性修改对学员没有任何影响。</translation>
    </message>
    <message>
        <source>Changed sections:</source>
        <translation>改动的小节：</translation>
    </message>
</context>
<context>
    <name>QuestionAnalysisTab</name>
    <message>
        <source>Quiz to analyse</source>
        <translation>要分析的测验</translation>
    </message>
    <message>
        <source>Question analysis</source>
        <translation>题目分析</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>作答数</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确率</translation>
    </message>
    <message>
        <source>Most chosen wrong answer</source>
        <translation>最常选的错误答案</translation>
    </message>
    <message>
        <source>Section tested</source>
        <translation>考查的小节</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>区分度</translation>
    </message>
    <message>
        <source>How well the question separates those who know from those who do not: the correlation of getting it right with the rest of the score (0.3 and up is good; near 0 or below, look at the question). Shown from 20 attempts.</source>
        <translation>衡量题目区分“懂”与“不懂”的能力：答对此题与其余得分的相关系数（0.3 及以上为好；接近 0 或为负时请检查题目）。20 次作答后显示。</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Export the question analysis</source>
        <translation>导出题目分析</translation>
    </message>
    <message>
        <source>Lesson sections by the share of answers that missed them (all quizzes):</source>
        <translation>按答错比例排列的课程小节（所有测验）：</translation>
    </message>
    <message>
        <source>Misses per lesson section</source>
        <translation>各课程小节的答错次数</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>小节</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>答错</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Export the misses per section</source>
        <translation>导出各小节的答错情况</translation>
    </message>
    <message>
        <source>All quizzes: the questions missed most</source>
        <translation>所有测验：答错最多的题目</translation>
    </message>
    <message>
        <source>{missed} of answers miss the section on {title}</source>
        <translation>{missed} 的作答答错了“{title}”这一小节</translation>
    </message>
    <message>
        <source>The questions with the lowest share of correct answers, over all quizzes (among those with at least {n} answers).</source>
        <translation>所有测验中答对比例最低的题目（仅统计作答至少 {n} 次的题目）。</translation>
    </message>
    <message>
        <source>No question has {n} answers yet: choose a quiz to see each of its questions.</source>
        <translation>还没有题目达到 {n} 次作答：选择一个测验即可查看它的每道题。</translation>
    </message>
    <message>
        <source>{n} answers to the current version of this quiz.</source>
        <translation>此测验当前版本共有 {n} 次作答。</translation>
    </message>
    <message>
        <source>{n} whose latest answer to “{question}” was wrong:</source>
        <translation>最近一次回答“{question}”答错的 {n} 人：</translation>
    </message>
    <message>
        <source>{n} whose latest answer on “{title}” was wrong:</source>
        <translation>最近一次作答“{title}”答错的 {n} 人：</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <source>Select all that apply.</source>
        <translation>选择所有符合的选项。</translation>
    </message>
    <message>
        <source>Type your answer.</source>
        <translation>请输入你的答案。</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>请输入一个数字。</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>为每一项选择对应的答案。</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>选择一个答案。</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>e.g. 48</source>
        <translation>例如 48</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Quiz progress</source>
        <translation>测验进度</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一题</translation>
    </message>
    <message>
        <source>⚑ Flag for review</source>
        <translation>⚑ 标记待复查</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>Finish attempt…</source>
        <translation>完成作答…</translation>
    </message>
    <message>
        <source>See what is answered and flagged, then submit</source>
        <translation>查看已答和已标记的题目，然后提交</translation>
    </message>
    <message>
        <source>Keys: 1-9 choose, Enter next</source>
        <translation>快捷键：1-9 选择，Enter 下一题</translation>
    </message>
    <message>
        <source>Welcome back: your answers so far were kept.</source>
        <translation>欢迎回来：你之前的答案已保留。</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>第 {n} 题，共 {total} 题</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Submit with unanswered questions?</source>
        <translation>还有未作答的题目，仍要提交？</translation>
    </message>
    <message>
        <source>{count} question(s) have no answer yet ({numbers}). Unanswered questions score zero. Submit anyway?</source>
        <translation>有 {count} 道题尚未作答（{numbers}）。未作答的题目计 0 分。仍要提交吗？</translation>
    </message>
    <message>
        <source>Cannot submit this attempt</source>
        <translation>无法提交这次作答</translation>
    </message>
    <message>
        <source>Time left {m}:{s:02d}</source>
        <translation>剩余时间 {m}:{s:02d}</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>Choose a question to go back to it. Nothing is submitted yet.</source>
        <translation>选择一道题即可返回该题。目前尚未提交任何内容。</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Return to the questions</source>
        <translation>返回题目</translation>
    </message>
    <message>
        <source>Submit all and finish</source>
        <translation>全部提交并完成</translation>
    </message>
    <message>
        <source>{answered} of {total} answered, {missing} unanswered, {flagged} flagged</source>
        <translation>已答 {answered} / {total} 题，{missing} 题未答，{flagged} 题已标记</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <source>  ·  ⚑ Flagged for review</source>
        <translation>  ·  ⚑ 已标记待复查</translation>
    </message>
    <message>
        <source>Question {n}: {state}{mark}  —  {question}</source>
        <translation>第 {n} 题：{state}{mark}  —  {question}</translation>
    </message>
</context>
<context>
    <name>ReceivedProblemsDialog</name>
    <message>
        <source>Problems in received records</source>
        <translation>收到的记录中的问题</translation>
    </message>
    <message>
        <source>This PC checked the records it received from the company record: each line is a record whose hash chain or score does not hold, so it was changed or written outside SellerTrain. Reports still count it. Check the PC it came from with &apos;sellertrain verify-records&apos;.</source>
        <translation>本电脑检查了从公司记录服务器收到的记录：每一行都是一条哈希链或分数对不上的记录，说明它在 SellerTrain 之外被修改或写入过。报表仍会计入这条记录。请在它来自的电脑上运行“sellertrain verify-records”进行检查。</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题所在</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
</context>
<context>
    <name>RecheckBanner</name>
    <message>
        <source>Review now</source>
        <translation>立即复查</translation>
    </message>
    <message>
        <source>A short review of the questions you missed, at most {n} at a time</source>
        <translation>简短复查你答错的题目，每次最多 {n} 道</translation>
    </message>
    <message>
        <source>1 question you missed is due for review.</source>
        <translation>你有 1 道答错的题目需要复查。</translation>
    </message>
    <message>
        <source>{n} questions you missed are due for review.</source>
        <translation>你有 {n} 道答错的题目需要复查。</translation>
    </message>
    <message>
        <source>Review them {n} at a time.</source>
        <translation>每次复查 {n} 道。</translation>
    </message>
</context>
<context>
    <name>RecheckCounts</name>
    <message>
        <source>Re-checks of missed questions</source>
        <translation>答错题目的复查</translation>
    </message>
    <message>
        <source>Missed questions come back after 1, 7 and 30 days. Overdue: due for more than {overdue} days. Retained: answered right at every step. Retention: the share of review answers that were right.</source>
        <translation>答错的题目会在 1 天、7 天和 30 天后再次出现。已逾期：到期超过 {overdue} 天。已掌握：每一步都答对。掌握率：复查作答中答对的比例。</translation>
    </message>
    <message>
        <source>{n} due now</source>
        <translation>{n} 道现在到期</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} 道已逾期</translation>
    </message>
    <message>
        <source>{n} within {days} days</source>
        <translation>{n} 道在 {days} 天内到期</translation>
    </message>
    <message>
        <source>{n} retained</source>
        <translation>{n} 道已掌握</translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation>尚无复查</translation>
    </message>
    <message>
        <source>retention {percent:.0%} ({right} of {total} review answers right)</source>
        <translation>掌握率 {percent:.0%}（{total} 次复查作答中答对 {right} 次）</translation>
    </message>
    <message>
        <source>Re-checks of missed questions:</source>
        <translation>答错题目的复查：</translation>
    </message>
</context>
<context>
    <name>RechecksTab</name>
    <message>
        <source>Loading the team&apos;s re-checks…</source>
        <translation>正在加载团队的复查…</translation>
    </message>
    <message>
        <source>Re-checks by department</source>
        <translation>各部门的复查</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>现在到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>已掌握</translation>
    </message>
    <message>
        <source>Review retention</source>
        <translation>复查掌握率</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>Questions people missed come back as re-checks after 1, 7 and 30 days; retained means answered right at every step.</source>
        <translation>员工答错的题目会在 1 天、7 天和 30 天后作为复查再次出现；已掌握表示每一步都答对。</translation>
    </message>
    <message>
        <source>The re-checks could not be loaded: {error}</source>
        <translation>无法加载复查：{error}</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>wrote the {format} report of {n} employees to {path}</source>
        <translation>已将 {n} 名员工的 {format} 报告写入 {path}</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Review of your answers</source>
        <translation>你的答案回顾</translation>
    </message>
    <message>
        <source>← Outline</source>
        <translation>← 课程目录</translation>
    </message>
    <message>
        <source>Retake the quiz</source>
        <translation>重新参加测验</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>← Back to results</source>
        <translation>← 返回结果</translation>
    </message>
    <message>
        <source>This attempt earned your certificate {titles}. Well done!</source>
        <translation>本次作答为你赢得了证书 {titles}。做得好！</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source> Time ran out; unanswered questions scored zero.</source>
        <translation> 时间已到；未作答的题目计 0 分。</translation>
    </message>
    <message>
        <source> This attempt was abandoned.</source>
        <translation> 本次作答已放弃。</translation>
    </message>
    <message>
        <source>Time ran out at {time}; only the answers given before then count.</source>
        <translation>时间在 {time} 用完；只计算此前给出的答案。</translation>
    </message>
    <message>
        <source>{correct} of {total} questions fully correct. Pass mark {mark}%.</source>
        <translation>{total} 道题中 {correct} 道完全正确。及格分 {mark}%。</translation>
    </message>
    <message>
        <source>{correct} of {total} right. A right answer moves a question on to a longer gap (7, then 30 days); a missed one comes back tomorrow.</source>
        <translation>{total} 道题答对 {correct} 道。答对的题目会延长间隔（7 天，然后 30 天）；答错的题目明天再次出现。</translation>
    </message>
</context>
<context>
    <name>RetrainPanel</name>
    <message>
        <source>Select a row to see who missed it.</source>
        <translation>选择一行查看谁答错了。</translation>
    </message>
    <message>
        <source>People to retrain</source>
        <translation>需要复训的人员</translation>
    </message>
    <message>
        <source>Lesson to retake</source>
        <translation>需要重学的课程</translation>
    </message>
    <message>
        <source>Days to finish</source>
        <translation>完成天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Assign retraining</source>
        <translation>分配复训</translation>
    </message>
    <message>
        <source>due in</source>
        <translation>截止于</translation>
    </message>
    <message>
        <source>Retraining not assigned</source>
        <translation>未分配复训</translation>
    </message>
    <message>
        <source>Retraining assigned</source>
        <translation>已分配复训</translation>
    </message>
    <message>
        <source>{lesson} assigned to {n} people, due in {days} days.</source>
        <translation>已将 {lesson} 分配给 {n} 人，{days} 天后截止。</translation>
    </message>
</context>
<context>
    <name>RiskChartsTab</name>
    <message>
        <source>Loading the team&apos;s charts…</source>
        <translation>正在加载团队的图表…</translation>
    </message>
    <message>
        <source>Risk areas</source>
        <translation>风险领域</translation>
    </message>
    <message>
        <source>Risk area</source>
        <translation>风险领域</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>答错</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>作答数</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>已考查</translation>
    </message>
    <message>
        <source>Not yet tested</source>
        <translation>尚未考查</translation>
    </message>
    <message>
        <source>Answers on each person&apos;s first attempt at the area&apos;s quizzes; people who never took them are counted as not yet tested. Select an area to see who is weakest in it.</source>
        <translation>统计每人首次参加该领域测验时的作答；从未参加的人计为尚未考查。选择一个领域可查看谁在该领域最薄弱。</translation>
    </message>
    <message>
        <source>First-attempt answers correct, by risk area</source>
        <translation>按风险领域统计的首次作答正确率</translation>
    </message>
    <message>
        <source>Lessons completed over time</source>
        <translation>课程完成情况趋势</translation>
    </message>
    <message>
        <source>Quiz score distribution</source>
        <translation>测验分数分布</translation>
    </message>
    <message>
        <source>The charts could not be loaded: {error}</source>
        <translation>无法加载图表：{error}</translation>
    </message>
    <message>
        <source>{missed} of {answers} missed</source>
        <translation>{answers} 次作答中答错 {missed} 次</translation>
    </message>
    <message>
        <source>Weakest in {area} (first attempts):</source>
        <translation>在“{area}”方面最薄弱的人（首次作答）：</translation>
    </message>
    <message>
        <source>The people weakest in the area could not be loaded: {error}</source>
        <translation>无法加载该领域中最薄弱的人员：{error}</translation>
    </message>
</context>
<context>
    <name>SellerTrain</name>
    <message>
        <source>The database could not be used: {error}.</source>
        <translation>无法使用数据库：{error}。</translation>
    </message>
    <message>
        <source>The database file is damaged ({error}). Quit SellerTrain and restore your latest backup with &apos;sellertrain restore FILE&apos;; the damaged file is kept beside it.</source>
        <translation>数据库文件已损坏（{error}）。请退出 SellerTrain，并用“sellertrain restore FILE”恢复最近的备份；损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>The database could not be written ({error}). Free some disk space or check that the folder can be written, then try again.</source>
        <translation>无法写入数据库（{error}）。请释放一些磁盘空间，或检查文件夹是否可写，然后重试。</translation>
    </message>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>出现问题：{error}。</translation>
    </message>
    <message>
        <source>Your records up to this moment are saved. You can keep working; if the problem comes back, restart SellerTrain.</source>
        <translation>截至此刻你的记录均已保存。你可以继续工作；如果问题再次出现，请重启 SellerTrain。</translation>
    </message>
    <message>
        <source>If it happens again, send this log file to whoever looks after SellerTrain:
{path}</source>
        <translation>如果再次发生，请将此日志文件发送给负责 SellerTrain 的同事：
{path}</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name, or use &apos;Choose another file…&apos; to open an existing database.</source>
        <translation>{path} 已存在。请换一个新文件名，或使用“选择其他文件…”打开现有数据库。</translation>
    </message>
    <message>
        <source>SellerTrain: something went wrong</source>
        <translation>SellerTrain：出现问题</translation>
    </message>
    <message>
        <source>SellerTrain cannot open its database</source>
        <translation>SellerTrain 无法打开数据库</translation>
    </message>
    <message>
        <source>The file was not changed. Open another SellerTrain database (for example a backup), start a new empty one, or quit.</source>
        <translation>文件未被修改。请打开另一个 SellerTrain 数据库（例如备份）、新建一个空数据库，或退出。</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <source>Start a new database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open a SellerTrain database</source>
        <translation>打开 SellerTrain 数据库</translation>
    </message>
    <message>
        <source>SellerTrain databases (*.db *.sqlite *.bak);;All files (*)</source>
        <translation>SellerTrain 数据库 (*.db *.sqlite *.bak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Start a new SellerTrain database</source>
        <translation>新建 SellerTrain 数据库</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>数据库 (*.db)</translation>
    </message>
    <message>
        <source>your answer, correct</source>
        <translation>你的答案，正确</translation>
    </message>
    <message>
        <source>correct answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <source>your answer, wrong</source>
        <translation>你的答案，错误</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Read this section again</source>
        <translation>重读这一小节</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>correct: {pair}</source>
        <translation>正确：{pair}</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>你的答案：</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>可接受的答案：</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation>证书未保存</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>the company record needs psycopg, which is not installed: pip install &apos;sellertrain[server]&apos; (or uv sync --extra server)</source>
        <translation>使用公司记录需要 psycopg，但它没有安装：请运行 pip install &apos;sellertrain[server]&apos;（或 uv sync --extra server）</translation>
    </message>
    <message>
        <source>cannot reach the company server: {reason}</source>
        <translation>无法连接公司服务器：{reason}</translation>
    </message>
    <message>
        <source>this database holds no company record: run &apos;sellertrain server init DSN&apos; as its owner first</source>
        <translation>这个数据库里没有公司记录：请先以数据库所有者身份运行“sellertrain server init DSN”</translation>
    </message>
    <message>
        <source>cannot read the company record: {reason}</source>
        <translation>无法读取公司记录：{reason}</translation>
    </message>
    <message>
        <source>the company record has a newer schema ({found}; this SellerTrain knows {known}): update SellerTrain on this PC</source>
        <translation>公司记录的结构版本较新（{found}；这个 SellerTrain 只认识 {known}）：请更新本电脑上的 SellerTrain</translation>
    </message>
    <message>
        <source>the company record has a newer schema ({found}; this SellerTrain knows {known}): update SellerTrain first</source>
        <translation>公司记录的结构版本较新（{found}；这个 SellerTrain 只认识 {known}）：请先更新 SellerTrain</translation>
    </message>
    <message>
        <source>cannot set up the company record: {reason}</source>
        <translation>无法建立公司记录：{reason}</translation>
    </message>
    <message>
        <source>the pulled content could not be written into {folder}: {reason}</source>
        <translation>拉取的课程内容无法写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>pulling content from the company record failed: {reason}</source>
        <translation>从公司记录拉取课程内容失败：{reason}</translation>
    </message>
    <message>
        <source>pulling quiz files from the company record failed: {reason}</source>
        <translation>从公司记录拉取测验文件失败：{reason}</translation>
    </message>
    <message>
        <source>no keyring works on this PC ({reason}): the server password was not saved; set {variable} with it, or type it when asked</source>
        <translation>本电脑上没有可用的密钥环（{reason}）：服务器密码没有保存；请把它写进 {variable}，或在提示时输入</translation>
    </message>
    <message>
        <source>publishing needs the author on the company server: run &apos;sellertrain sync&apos; on this PC, then publish again</source>
        <translation>发布需要作者已在公司服务器上：请在本电脑上运行“sellertrain sync”，然后重新发布</translation>
    </message>
    <message>
        <source>quiz {quiz} was published by {name} on {day} (version {version}) after the version this change replaces: someone else published it first; run &apos;sellertrain sync&apos;, then publish again</source>
        <translation>测验 {quiz} 已由 {name} 于 {day} 发布（版本 {version}），晚于这次修改所替换的版本：有人先发布了；请运行“sellertrain sync”，然后重新发布</translation>
    </message>
    <message>
        <source>quiz {quiz} was published on {day} (version {version}) after the version this change replaces: someone else published it first; run &apos;sellertrain sync&apos;, then publish again</source>
        <translation>测验 {quiz} 已于 {day} 发布（版本 {version}），晚于这次修改所替换的版本：有人先发布了；请运行“sellertrain sync”，然后重新发布</translation>
    </message>
    <message>
        <source>{what} needs the company server, which cannot be reached ({reason}); try again when this PC is online</source>
        <translation>{what}需要公司服务器，但现在连接不上（{reason}）；请在本电脑联网后重试</translation>
    </message>
    <message>
        <source>{what} needs this database&apos;s company server ({joined}); the server at this address holds another company record</source>
        <translation>{what}需要这个数据库所属的公司服务器（{joined}）；这个地址上的服务器存放的是另一份公司记录</translation>
    </message>
    <message>
        <source>{what} needs the company server: {reason}</source>
        <translation>{what}需要公司服务器：{reason}</translation>
    </message>
    <message>
        <source>adding an employee</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>an employee named &apos;{name}&apos; already exists in the company record (added on another PC); run &apos;sellertrain sync&apos; to fetch them</source>
        <translation>公司记录中已有名为“{name}”的员工（在另一台电脑上添加）；请运行“sellertrain sync”获取</translation>
    </message>
    <message>
        <source>this PC&apos;s server login may not add employees: add them on a PC that signs in to the company server as a manager</source>
        <translation>本电脑的服务器登录账号无权添加员工：请在以经理身份登录公司服务器的电脑上添加</translation>
    </message>
    <message>
        <source>the company server did not add the employee: {reason}</source>
        <translation>公司服务器没有添加该员工：{reason}</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>the company server did not record the publication: {reason}</source>
        <translation>公司服务器没有记录这次发布：{reason}</translation>
    </message>
    <message>
        <source>publishing a quiz</source>
        <translation>发布测验</translation>
    </message>
    <message>
        <source>the company server did not record the quiz publication: {reason}</source>
        <translation>公司服务器没有记录这次测验发布：{reason}</translation>
    </message>
    <message>
        <source>pull from the company record failed: {reason}</source>
        <translation>从公司记录拉取失败：{reason}</translation>
    </message>
    <message>
        <source>nothing was pushed: the company record refused a record that does not follow the head of its hash chain ({reason}); run verify-records on this PC</source>
        <translation>没有推送任何内容：公司记录拒收了一条不接在其哈希链末端的记录（{reason}）；请在本电脑上运行 verify-records</translation>
    </message>
    <message>
        <source>push to the company record failed: {reason}</source>
        <translation>推送到公司记录失败：{reason}</translation>
    </message>
    <message>
        <source>nothing was pushed: a quiz result here takes a place in an employee&apos;s chain on this PC that the company record already holds (was this database copied from another PC?)</source>
        <translation>没有推送任何内容：这里的一条测验成绩在本电脑上占用了某员工链中的一个位置，而公司记录中该位置已有记录（这个数据库是否从另一台电脑复制而来？）</translation>
    </message>
    <message>
        <source>nothing was pushed: a row here clashes with another PC&apos;s ({reason})</source>
        <translation>没有推送任何内容：这里的一行与另一台电脑的记录冲突（{reason}）</translation>
    </message>
    <message>
        <source>this PC&apos;s server login may not add {table} ({count} new here); add them on a PC that signs in to the server as a manager, then sync again</source>
        <translation>本电脑的服务器登录账号无权添加 {table}（这里有 {count} 条新记录）；请在以经理身份登录服务器的电脑上添加，然后重新同步</translation>
    </message>
    <message>
        <source>synced in {seconds} s: pushed {pushed}; pulled {pulled}</source>
        <translation>同步用时 {seconds} 秒：推送 {pushed}；拉取 {pulled}</translation>
    </message>
    <message numerus="yes">
        <source>{summary}; wrote %n content file(s)</source>
        <translation>
            <numerusform>{summary}；写入了 %n 个课程内容文件</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}; {problem}</source>
        <translation>{summary}；{problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}、{item}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ({tables})</source>
        <translation>
            <numerusform>%n 行（{tables}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n 名员工</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n 个部门</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to employees</source>
        <translation>
            <numerusform>%n 条员工信息变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson reading record(s)</source>
        <translation>
            <numerusform>%n 条课程学习记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz attempt(s)</source>
        <translation>
            <numerusform>%n 条测验记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz result(s)</source>
        <translation>
            <numerusform>%n 条测验成绩</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n 条答题记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting quiz result(s)</source>
        <translation>
            <numerusform>%n 条有冲突的测验成绩</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of conflicting results</source>
        <translation>
            <numerusform>%n 条冲突成绩的答题记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) saved during a quiz</source>
        <translation>
            <numerusform>%n 条测验中途保存的答案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training assignment(s)</source>
        <translation>
            <numerusform>%n 项培训分配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed assignment(s)</source>
        <translation>
            <numerusform>%n 项已撤销的分配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due date extension(s)</source>
        <translation>
            <numerusform>%n 次截止日期延期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit log entry(s)</source>
        <translation>
            <numerusform>%n 条审计记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in record(s)</source>
        <translation>
            <numerusform>%n 条登录记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section text(s)</source>
        <translation>
            <numerusform>%n 段小节文字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson publication(s)</source>
        <translation>
            <numerusform>%n 次课程发布</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz publication(s)</source>
        <translation>
            <numerusform>%n 次测验发布</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 张证书</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} has not joined a company record: run &apos;sellertrain init --db {path} --server DSN&apos; first</source>
        <translation>{path} 尚未加入公司记录：请先运行“sellertrain init --db {path} --server DSN”</translation>
    </message>
    <message>
        <source>the server at this address holds another company record ({found}, this database belongs to {joined}); nothing was synced</source>
        <translation>这个地址上的服务器存放的是另一份公司记录（{found}，而这个数据库属于 {joined}）；没有同步任何内容</translation>
    </message>
    <message>
        <source>result {result} of {quiz} says {score} % but its answers add up to {percent} %: the result was not scored by SellerTrain</source>
        <translation>{quiz} 的成绩 {result} 记为 {score}%，但其答案合计为 {percent}%：该成绩不是由 SellerTrain 评出的</translation>
    </message>
    <message>
        <source>result {result} of {quiz} (version {version}) gives question {question} {given} but the answer earns {earned}</source>
        <translation>{quiz} 的成绩 {result}（版本 {version}）给第 {question} 题记了 {given} 分，但该答案应得 {earned} 分</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Find your name</source>
        <translation>查找你的姓名</translation>
    </message>
    <message>
        <source>Type to find your name</source>
        <translation>输入以查找你的姓名</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>No name matches. Check the spelling.</source>
        <translation>没有匹配的姓名，请检查拼写。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to SellerTrain</source>
        <translation>登录 SellerTrain</translation>
    </message>
    <message>
        <source>Choose your name, then type your password.</source>
        <translation>选择你的姓名，然后输入密码。</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>请先在列表中选择你的姓名。</translation>
    </message>
    <message>
        <source>Wrong password for this name. Try again.</source>
        <translation>该姓名的密码错误，请重试。</translation>
    </message>
    <message>
        <source>Wrong password several times in a row. Try again in {n} s (a manager can let you try at once).</source>
        <translation>连续多次密码错误。请在 {n} 秒后重试（主管可以让你立即重试）。</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>现在可以重试了。</translation>
    </message>
    <message>
        <source>Choose your own password to sign in: the one you typed works once.</source>
        <translation>请设置你自己的密码后登录：你输入的密码只能使用一次。</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>Add employee…</source>
        <translation>添加员工…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Assign to selected…</source>
        <translation>分配给所选人员…</translation>
    </message>
    <message>
        <source>Extend due date…</source>
        <translation>延长截止日期…</translation>
    </message>
    <message>
        <source>Give the selected people until a later date for one of their lessons</source>
        <translation>为所选人员的某门课程延长截止日期</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Deactivated staff…</source>
        <translation>已停用的员工…</translation>
    </message>
    <message>
        <source>They can no longer sign in and leave the counts; every record is kept</source>
        <translation>他们将无法登录，也不再计入统计；所有记录都会保留</translation>
    </message>
    <message>
        <source>Employee not added</source>
        <translation>未添加员工</translation>
    </message>
    <message>
        <source>Import employees</source>
        <translation>导入员工</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>Assign training</source>
        <translation>分配培训</translation>
    </message>
    <message>
        <source>Select employees first.</source>
        <translation>请先选择员工。</translation>
    </message>
    <message>
        <source>Assignment not made</source>
        <translation>未能分配</translation>
    </message>
    <message>
        <source>Extend due date</source>
        <translation>延长截止日期</translation>
    </message>
    <message>
        <source>Nothing they must do has a due date.</source>
        <translation>他们没有带截止日期的必修内容。</translation>
    </message>
    <message>
        <source>Which lesson?</source>
        <translation>哪门课程？</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止于</translation>
    </message>
    <message>
        <source>Not extended</source>
        <translation>未延长</translation>
    </message>
    <message>
        <source>Deactivate?</source>
        <translation>停用？</translation>
    </message>
    <message>
        <source>Deactivate {names}? They can no longer sign in and leave the team&apos;s counts; every record they made is kept, and you can reactivate them later.</source>
        <translation>停用 {names}？他们将无法登录，也不再计入团队统计；他们的所有记录都会保留，之后可以重新启用。</translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>未停用</translation>
    </message>
    <message>
        <source>Deactivated staff</source>
        <translation>已停用的员工</translation>
    </message>
    <message>
        <source>Nobody is deactivated.</source>
        <translation>没有已停用的员工。</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Reactivate who?</source>
        <translation>重新启用谁？</translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation>未重新启用</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Needs refresh</source>
        <translation>需要复训</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>测验已通过</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>编写者</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>no department</source>
        <translation>无部门</translation>
    </message>
    <message>
        <source>{employee} ({role}, {department}, joined {joined}): {verdict}, {done} of {required} required done</source>
        <translation>{employee}（{role}，{department}，{joined} 入职）：{verdict}，已完成 {done} / {required} 项必修</translation>
    </message>
    <message>
        <source>nothing is required</source>
        <translation>没有必修内容</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>截止 {date}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source> (due soon)</source>
        <translation>（即将截止）</translation>
    </message>
    <message>
        <source>, every {n} months</source>
        <translation>，每 {n} 个月一次</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>unknown department &apos;{name}&apos; (known departments: {listed}); add it to the list of departments first</source>
        <translation>未知部门 &apos;{name}&apos;（现有部门：{listed}）；请先把它加入部门列表</translation>
    </message>
    <message>
        <source>a department needs a name</source>
        <translation>部门需要一个名称</translation>
    </message>
    <message>
        <source>a department name is at most 60 characters</source>
        <translation>部门名称最多 60 个字符</translation>
    </message>
    <message>
        <source>the department &apos;{listed}&apos; is already listed</source>
        <translation>部门 &apos;{listed}&apos; 已在列表中</translation>
    </message>
    <message>
        <source>no department named &apos;{name}&apos;</source>
        <translation>没有名为 &apos;{name}&apos; 的部门</translation>
    </message>
    <message>
        <source>the department &apos;{listed}&apos; still has {members} employee(s): move them first</source>
        <translation>部门 &apos;{listed}&apos; 还有 {members} 名员工：请先把他们调走</translation>
    </message>
    <message>
        <source>the database is busy: another SellerTrain (or a backup) is writing to it. Nothing was lost; try again in a moment</source>
        <translation>数据库正忙：另一个 SellerTrain（或备份程序）正在写入。没有丢失任何数据；请稍后再试</translation>
    </message>
    <message>
        <source>the disk is full: free some space and try again</source>
        <translation>磁盘已满：请腾出一些空间后再试</translation>
    </message>
    <message>
        <source>the database file (or its folder) is read-only: check its permissions</source>
        <translation>数据库文件（或其所在文件夹）是只读的：请检查其权限</translation>
    </message>
    <message>
        <source>the file cannot be opened: check that you may read and write it and its folder (SQLite writes a journal file beside it)</source>
        <translation>无法打开该文件：请确认你有权读写它及其所在文件夹（“SQLite” 会在它旁边写一个日志文件）</translation>
    </message>
    <message>
        <source>the disk reported an input/output error: check the disk, then try again</source>
        <translation>磁盘报告了输入/输出错误：请检查磁盘后再试</translation>
    </message>
    <message>
        <source>adding an employee</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>an employee needs a name</source>
        <translation>员工需要一个姓名</translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos; for {name} (use learner, manager or author)</source>
        <translation>{name} 的角色“{role}”未知（可用：&apos;learner&apos;、&apos;manager&apos; 或 &apos;author&apos;）</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is given twice</source>
        <translation>姓名“{name}”出现了两次</translation>
    </message>
    <message>
        <source>an employee named &apos;{name}&apos; already exists</source>
        <translation>已有名为“{name}”的员工</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; looks the same as &apos;{other}&apos; (letters of another script?): type it again, or add something that tells them apart</source>
        <translation>姓名“{name}”看起来与“{other}”一模一样（是否混入了其他文字的字母？）：请重新输入，或加上能区分两人的内容</translation>
    </message>
    <message>
        <source>no such employee</source>
        <translation>没有这名员工</translation>
    </message>
    <message>
        <source>the current password is not right; the password was not changed</source>
        <translation>当前密码不正确；密码未更改</translation>
    </message>
    <message>
        <source>choose a password other than the current one</source>
        <translation>请选择一个与当前密码不同的密码</translation>
    </message>
    <message>
        <source>the start date {day} is more than a year away</source>
        <translation>入职日期 {day} 距今超过一年</translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos; (use learner, manager or author)</source>
        <translation>未知角色 &apos;{role}&apos;（可用：&apos;learner&apos;、&apos;manager&apos; 或 &apos;author&apos;）</translation>
    </message>
    <message>
        <source>{employee_name} is not a manager</source>
        <translation>{employee_name} 不是经理</translation>
    </message>
    <message>
        <source>you cannot deactivate yourself</source>
        <translation>你不能停用自己</translation>
    </message>
    <message>
        <source>{employee_name} is the only company manager: make someone else one first</source>
        <translation>{employee_name} 是唯一的公司经理：请先任命另一位</translation>
    </message>
    <message>
        <source>&apos;{item_id}&apos; was published on another PC on {date}: someone else published it first; run &apos;sellertrain sync&apos;, then publish again (under another id, or as a change to the published one)</source>
        <translation>“{item_id}”已于 {date} 在另一台电脑上发布：有人先发布了它；请运行“sellertrain sync”，然后再次发布（换一个 id，或作为对已发布版本的修改）</translation>
    </message>
    <message>
        <source>an assignment to a role needs a role to name</source>
        <translation>分配给某个角色的培训需要指明角色</translation>
    </message>
    <message>
        <source>an assignment to a department needs a department to name</source>
        <translation>分配给某个部门的培训需要指明部门</translation>
    </message>
    <message>
        <source>an assignment to an employee needs an employee to name</source>
        <translation>分配给某位员工的培训需要指明员工</translation>
    </message>
    <message>
        <source>unknown assignment target &apos;{kind}&apos;</source>
        <translation>未知的培训分配对象“{kind}”</translation>
    </message>
    <message>
        <source>an assignment names either one lesson or one module</source>
        <translation>一项培训分配只能指定一门课程或一个模块</translation>
    </message>
    <message>
        <source>days from joining must be between 0 and 3660</source>
        <translation>入职后的天数必须在 0 到 3660 之间</translation>
    </message>
    <message>
        <source>a repeat must be every 1 to 120 months</source>
        <translation>重复间隔必须为 1 到 120 个月</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>“{day}”不是日期（请用 YYYY-MM-DD 格式）</translation>
    </message>
    <message>
        <source>no such assignment</source>
        <translation>没有这项培训分配</translation>
    </message>
    <message>
        <source>the audit row &apos;{action}&apos; of {at} has no chain data although it was written after the audit log was chained: it was added outside SellerTrain</source>
        <translation>{at} 的审计记录“{action}”没有链数据，但它写于审计日志开始链式记录之后：它是在 SellerTrain 之外添加的</translation>
    </message>
    <message>
        <source>{gap} audit row(s) missing before {what}: deleted from the audit log</source>
        <translation>{what} 之前缺少 {gap} 条审计记录：已从审计日志中删除</translation>
    </message>
    <message>
        <source>{what} appears twice or out of order: the audit log was tampered with</source>
        <translation>{what} 出现了两次或顺序错乱：审计日志被篡改过</translation>
    </message>
    <message>
        <source>{what} does not link to the row before it: a row was deleted and the chain renumbered, or a row was replaced</source>
        <translation>{what} 与前一条记录链接不上：有记录被删除后链条被重新编号，或有记录被替换</translation>
    </message>
    <message>
        <source>{what} was changed after it was written (hash mismatch)</source>
        <translation>{what} 在写入后被修改过（哈希不匹配）</translation>
    </message>
    <message>
        <source>audit row #{seq} (&apos;{action}&apos; of {at})</source>
        <translation>第 {seq} 条审计记录（{at} 的“{action}”）</translation>
    </message>
    <message>
        <source>audit row #{seq} on device {device} (&apos;{action}&apos; of {at})</source>
        <translation>设备 {device} 上的第 {seq} 条审计记录（{at} 的“{action}”）</translation>
    </message>
    <message>
        <source>{what} is not a SellerTrain database or is damaged ({problem})</source>
        <translation>{what} 不是 SellerTrain 数据库，或已损坏（{problem}）</translation>
    </message>
    <message>
        <source>{what} is damaged (integrity check: {problem})</source>
        <translation>{what} 已损坏（完整性检查：{problem}）</translation>
    </message>
    <message>
        <source>{what} is not a SellerTrain database</source>
        <translation>{what} 不是 SellerTrain 数据库</translation>
    </message>
    <message>
        <source>{what} was written by a newer SellerTrain (schema {version}, this app knows {known}); update SellerTrain first</source>
        <translation>{what} 由更新版本的 SellerTrain 写入（结构版本 {version}，本程序只认识到 {known}）；请先更新 SellerTrain</translation>
    </message>
    <message>
        <source>there is no database at {path}; nothing was backed up</source>
        <translation>{path} 处没有数据库；未备份任何内容</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another file for the backup</source>
        <translation>{path} 就是数据库本身；请为备份另选一个文件</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the backup</source>
        <translation>{path} 是文件夹；请为备份指定一个文件名</translation>
    </message>
    <message>
        <source>{path} is not a SellerTrain database; nothing was backed up</source>
        <translation>{path} 不是 SellerTrain 数据库；未备份任何内容</translation>
    </message>
    <message>
        <source>the backup of {path} failed ({problem}); nothing was written</source>
        <translation>备份 {path} 失败（{problem}）；未写入任何内容</translation>
    </message>
    <message>
        <source>the backup copy</source>
        <translation>备份副本</translation>
    </message>
    <message>
        <source>cannot keep a copy of {path} before restoring ({problem}); nothing was replaced</source>
        <translation>恢复前无法保留 {path} 的副本（{problem}）；未替换任何内容</translation>
    </message>
    <message>
        <source>another program is still writing to {path} (waited {seconds} s): close SellerTrain on the other computers, or wait, and try again; nothing was replaced</source>
        <translation>另一个程序仍在写入 {path}（已等待 {seconds} 秒）：请关闭其他电脑上的 SellerTrain，或稍等后再试；未替换任何内容</translation>
    </message>
    <message>
        <source>{path} does not exist; nothing was replaced</source>
        <translation>{path} 不存在；未替换任何内容</translation>
    </message>
    <message>
        <source>{path} is the database itself; nothing was replaced</source>
        <translation>{path} 就是数据库本身；未替换任何内容</translation>
    </message>
    <message>
        <source>{path} is not a SellerTrain database or is damaged ({problem}); nothing was replaced</source>
        <translation>{path} 不是 SellerTrain 数据库，或已损坏（{problem}）；未替换任何内容</translation>
    </message>
    <message>
        <source>{problem}; nothing was replaced</source>
        <translation>{problem}；未替换任何内容</translation>
    </message>
    <message>
        <source>cannot restore into {path} ({problem}); nothing was replaced</source>
        <translation>无法恢复到 {path}（{problem}）；未替换任何内容</translation>
    </message>
    <message>
        <source>the records were not added: {problem}</source>
        <translation>记录未添加：{problem}</translation>
    </message>
    <message>
        <source>it rests on attempt {attempt}, which is not in the records</source>
        <translation>它依据的作答 {attempt} 不在记录中</translation>
    </message>
    <message>
        <source>it rests on attempt {attempt}, which is another employee&apos;s</source>
        <translation>它依据的作答 {attempt} 属于另一名员工</translation>
    </message>
    <message>
        <source>it rests on attempt {attempt}, which has no result</source>
        <translation>它依据的作答 {attempt} 没有成绩</translation>
    </message>
    <message>
        <source>it rests on attempt {attempt}, whose result is not in the tamper-evident chain</source>
        <translation>它依据的作答 {attempt} 的成绩不在防篡改记录链中</translation>
    </message>
    <message>
        <source>it names quiz {named} but attempt {attempt} is of {quiz}</source>
        <translation>它写的是测验 {named}，但作答 {attempt} 属于 {quiz}</translation>
    </message>
    <message>
        <source>it names version {named} of quiz {quiz} but attempt {attempt} was of version {version}</source>
        <translation>它写的是测验 {quiz} 的版本 {named}，但作答 {attempt} 用的是版本 {version}</translation>
    </message>
    <message>
        <source>attempt {attempt} at quiz {quiz} was not passed</source>
        <translation>测验 {quiz} 的作答 {attempt} 没有及格</translation>
    </message>
    <message>
        <source>it gives quiz {quiz} the score {given} but attempt {attempt} scored {score}</source>
        <translation>它给测验 {quiz} 记的分数是 {given}，但作答 {attempt} 的得分是 {score}</translation>
    </message>
    <message>
        <source>attempt {attempt} scored {score}, below the pass mark {pass_mark}</source>
        <translation>作答 {attempt} 得分 {score}，低于及格分 {pass_mark}</translation>
    </message>
    <message>
        <source>it gives quiz {quiz} the pass mark {pass_mark} but attempt {attempt} was scored under {scored_under}</source>
        <translation>它给测验 {quiz} 记的及格分是 {pass_mark}，但作答 {attempt} 是按 {scored_under} 计分的</translation>
    </message>
    <message>
        <source>attempt {attempt} finished after the certificate was issued</source>
        <translation>作答 {attempt} 完成于证书颁发之后</translation>
    </message>
    <message>
        <source>its score {score} does not follow from its evidence ({expected})</source>
        <translation>它的分数 {score} 与其依据算出的不符（{expected}）</translation>
    </message>
    <message>
        <source>certificate {code} ({scope}) is not backed: {problem}</source>
        <translation>证书 {code}（{scope}）没有记录支撑：{problem}</translation>
    </message>
    <message>
        <source>it names no records that earned it</source>
        <translation>它没有列出获得它所依据的记录</translation>
    </message>
    <message>
        <source>it rests on a completion of lesson {lesson} at {at} that is not in the records</source>
        <translation>它依据的课程 {lesson} 于 {at} 的完成记录不在记录中</translation>
    </message>
    <message>
        <source>lesson {lesson} was completed after it was issued</source>
        <translation>课程 {lesson} 是在证书颁发之后才完成的</translation>
    </message>
    <message>
        <source>it renews the certificate of {day} with evidence from before that one (a renewal needs new evidence)</source>
        <translation>它续期了 {day} 的证书，但用的是那张证书之前的依据（续期需要新的依据）</translation>
    </message>
    <message>
        <source>it is for assessment {scope} but its evidence is of another quiz</source>
        <translation>它是考核 {scope} 的证书，但其依据来自另一个测验</translation>
    </message>
    <message>
        <source>Deleting an employee&apos;s newest records leaves no trace inside the database: compare their chain head with the one in an exported record (verify-records --employee NAME --head HASH).</source>
        <translation>删除员工最新的记录不会在数据库中留下痕迹：请将其链头与导出记录中的链头比较（“verify-records --employee 姓名 --head 哈希值”）。</translation>
    </message>
    <message>
        <source>{employee}: {problem}</source>
        <translation>{employee}：{problem}</translation>
    </message>
    <message>
        <source>the result (attempt {attempt}, quiz {quiz}, finished {finished})</source>
        <translation>该成绩（作答 {attempt}，测验 {quiz}，完成于 {finished}）</translation>
    </message>
    <message>
        <source>record #{seq} (attempt {attempt}, quiz {quiz}, finished {finished})</source>
        <translation>第 {seq} 条记录（作答 {attempt}，测验 {quiz}，完成于 {finished}）</translation>
    </message>
    <message>
        <source>there is no attempt {id}; nothing was saved</source>
        <translation>没有作答记录 {id}；未保存任何内容</translation>
    </message>
    <message>
        <source>(no employee)</source>
        <translation>（无员工）</translation>
    </message>
    <message>
        <source>(unknown employee {id})</source>
        <translation>（未知员工 {id}）</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>item analysis</source>
        <translation>题目分析</translation>
    </message>
    <message>
        <source>record #{seq} appears twice or out of order: the chain was tampered with</source>
        <translation>第 {seq} 条记录出现了两次或顺序错乱：记录链被篡改过</translation>
    </message>
    <message>
        <source>{count} record(s) missing before record #{seq} (finished {finished}): {span} deleted</source>
        <translation>第 {seq} 条记录（完成于 {finished}）之前缺少 {count} 条记录：{span} 已被删除</translation>
    </message>
    <message>
        <source>record #{seq} (finished {finished}) does not link to the record before it: a record was deleted and the chain renumbered, or a record was replaced</source>
        <translation>第 {seq} 条记录（完成于 {finished}）与前一条记录链接不上：有记录被删除后链条被重新编号，或有记录被替换</translation>
    </message>
    <message>
        <source>{what}: its attempt row was deleted</source>
        <translation>{what}：它的作答记录行已被删除</translation>
    </message>
    <message>
        <source>{what}: the attempt belongs to {name}: the row was moved</source>
        <translation>{what}：该作答属于 {name}：这一行被挪动过</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}：{problem}</translation>
    </message>
    <message>
        <source>{what}: its content was changed after it was written (hash mismatch)</source>
        <translation>{what}：内容在写入后被修改过（哈希不匹配）</translation>
    </message>
    <message>
        <source>{what} has no chain data although it was written after tamper-evident records began: it was added outside SellerTrain, or its chain data was erased</source>
        <translation>{what} 没有链数据，但它写于防篡改记录启用之后：它是在 SellerTrain 之外添加的，或者它的链数据被抹掉了</translation>
    </message>
    <message>
        <source>{count} answer(s) of attempt {attempt} (quiz {quiz}) have no result: they were added, or the result was deleted</source>
        <translation>作答 {attempt}（测验 {quiz}）的 {count} 条答案没有对应成绩：这些答案是被添加的，或成绩已被删除</translation>
    </message>
    <message>
        <source>an answer was added (question {question}, position {position})</source>
        <translation>有一条答案被添加（题目 {question}，位置 {position}）</translation>
    </message>
    <message>
        <source>answers were added (two answers at one position)</source>
        <translation>有答案被添加（同一位置上有两条答案）</translation>
    </message>
    <message>
        <source>answers were removed (position(s) {positions} missing)</source>
        <translation>有答案被删除（缺少位置 {positions}）</translation>
    </message>
    <message>
        <source>{what} needs the company server: this database belongs to a company record; set SELLERTRAIN_SERVER to its address (or join with &apos;sellertrain init --server&apos;)</source>
        <translation>{what}需要公司服务器：此数据库属于公司记录；请将 SELLERTRAIN_SERVER 设为服务器地址（或用“sellertrain init --server”加入）</translation>
    </message>
    <message>
        <source>{employee}: attempt {attempt} of {quiz} was submitted on two PCs; the company record keeps the first ({kept_score} %, finished {kept_finished}), the other ({other_score} %, finished {other_finished}) is kept as a conflict</source>
        <translation>{employee}：测验 {quiz} 的作答 {attempt} 在两台电脑上提交；公司记录保留第一份（{kept_score} %，完成于 {kept_finished}），另一份（{other_score} %，完成于 {other_finished}）作为冲突保留</translation>
    </message>
    <message>
        <source>the database {path} does not exist; check the path, or start a new database</source>
        <translation>数据库 {path} 不存在；请检查路径，或新建一个数据库</translation>
    </message>
    <message>
        <source>cannot use {path}: {problem}</source>
        <translation>无法使用 {path}：{problem}</translation>
    </message>
    <message>
        <source>cannot open {path}: {problem}</source>
        <translation>无法打开 {path}：{problem}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} 等另外 {count} 项</translation>
    </message>
    <message>
        <source>{path} was changed outside SellerTrain: the safeguards that keep its records append-only were removed ({shown}), so SellerTrain will not write to it; the file was not changed. Run &apos;sellertrain verify-records&apos; to see what else was changed, and restore a backup</source>
        <translation>{path} 在 SellerTrain 之外被修改过：保证记录只增不改的保护机制已被移除（{shown}），因此 SellerTrain 不会写入它；文件未做更改。请运行“sellertrain verify-records”查看还有哪些内容被修改，并恢复备份</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing was written to it. Restore a backup (&apos;sellertrain restore BACKUP&apos;, or copy the backup over the file)</source>
        <translation>{path} 已损坏（{problem}）；未向其写入任何内容。请恢复备份（运行“sellertrain restore 备份文件”，或用备份覆盖该文件）</translation>
    </message>
    <message>
        <source>a name may have at most {most} characters, not {count}</source>
        <translation>姓名最多 {most} 个字符，而不是 {count} 个</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; holds an invisible or control character ({code}): type it again</source>
        <translation>姓名“{name}”含有不可见字符或控制字符（{code}）：请重新输入</translation>
    </message>
    <message>
        <source>the result of attempt {attempt} (quiz {quiz}, finished {finished})</source>
        <translation>作答 {attempt} 的成绩（测验 {quiz}，完成于 {finished}）</translation>
    </message>
    <message>
        <source>{what} has no pass mark although the quiz was published on {day}: it was written outside SellerTrain, or on a version nobody published</source>
        <translation>{what} 没有及格分，但该测验已于 {day} 发布：它是在 SellerTrain 之外写入的，或者属于一个从未发布过的版本</translation>
    </message>
    <message>
        <source>{what} was scored under pass mark {mark}, but version {version} of the quiz was never published</source>
        <translation>{what} 按及格分 {mark} 计分，但该测验的版本 {version} 从未发布过</translation>
    </message>
    <message>
        <source>{what} was scored under pass mark {mark}, but the published pass mark of its version is {published}</source>
        <translation>{what} 按及格分 {mark} 计分，但其版本发布的及格分是 {published}</translation>
    </message>
    <message>
        <source>{what} is marked passed with {score}% under pass mark {mark}</source>
        <translation>{what} 在及格分 {mark} 下以 {score}% 被标为及格</translation>
    </message>
    <message>
        <source>{what} is marked failed with {score}% under pass mark {mark}</source>
        <translation>{what} 在及格分 {mark} 下以 {score}% 被标为不及格</translation>
    </message>
    <message>
        <source>the text of section &apos;{section}&apos; of lesson &apos;{lesson}&apos; does not match its hash; nothing was saved</source>
        <translation>课程“{lesson}”中小节“{section}”的文字与其哈希值不符；没有保存任何内容</translation>
    </message>
    <message>
        <source>unknown kind of change &apos;{kind}&apos;</source>
        <translation>未知的变更类型“{kind}”</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>the pass mark {pass_mark} is not between 0 and 100</source>
        <translation>及格分 {pass_mark} 不在 0 到 100 之间</translation>
    </message>
    <message>
        <source>publishing a quiz</source>
        <translation>发布测验</translation>
    </message>
    <message>
        <source>the {kind} {name} was removed from the database</source>
        <translation>{kind} {name} 已从数据库中被移除</translation>
    </message>
    <message>
        <source>the {kind} {name} was changed (it is not as SellerTrain made it)</source>
        <translation>{kind} {name} 被修改过（与 SellerTrain 创建时不同）</translation>
    </message>
    <message>
        <source>a {kind} {name} was added that SellerTrain does not make</source>
        <translation>被添加了一个 SellerTrain 不会创建的 {kind} {name}</translation>
    </message>
    <message>
        <source>the audit log is empty although {count} employee(s) exist: it was deleted (unless the database is from before schema 4 and nothing was changed since)</source>
        <translation>审计日志是空的，但已有 {count} 名员工：审计日志被删除了（除非该数据库早于结构版本 4 且此后没有任何更改）</translation>
    </message>
    <message>
        <source>{name} was added outside SellerTrain (no audit row)</source>
        <translation>{name} 是在 SellerTrain 之外添加的（没有审计记录）</translation>
    </message>
    <message>
        <source>the role is &apos;{role}&apos; but the audit log last set &apos;{audited}&apos;: the role was changed outside SellerTrain</source>
        <translation>角色是“{role}”，但审计日志最后设置的是“{audited}”：角色是在 SellerTrain 之外修改的</translation>
    </message>
    <message>
        <source>the departments managed were changed outside SellerTrain</source>
        <translation>所管理的部门是在 SellerTrain 之外修改的</translation>
    </message>
    <message>
        <source>was (de)activated outside SellerTrain</source>
        <translation>是在 SellerTrain 之外被停用或启用的</translation>
    </message>
    <message>
        <source>the password hash is not the one the latest audited password change set: the password was changed outside SellerTrain</source>
        <translation>密码哈希与审计日志中最近一次密码更改设置的不一致：密码是在 SellerTrain 之外修改的</translation>
    </message>
    <message>
        <source>the {table} row for {keys}</source>
        <translation>{table} 中 {keys} 的那一行</translation>
    </message>
    <message>
        <source>{what} has no records behind it: it was added</source>
        <translation>{what} 没有对应的记录：它是被添加的</translation>
    </message>
    <message>
        <source>{what} is missing: it was deleted</source>
        <translation>{what} 不见了：它被删除了</translation>
    </message>
    <message>
        <source>{column} {have} (the records say {want})</source>
        <translation>{column} 为 {have}（记录显示应为 {want}）</translation>
    </message>
    <message>
        <source>{earlier}, {change}</source>
        <translation>{earlier}；{change}</translation>
    </message>
    <message>
        <source>{what} was edited: {changes}</source>
        <translation>{what} 被编辑过：{changes}</translation>
    </message>
    <message>
        <source>cannot open {path}: {problem}; the file was not changed</source>
        <translation>无法打开 {path}：{problem}；文件未做更改</translation>
    </message>
    <message>
        <source>{path} is not a SellerTrain database or is damaged ({problem}); the file was not changed. Choose another file with --db, or restore a backup.</source>
        <translation>{path} 不是 SellerTrain 数据库，或已损坏（{problem}）；文件未做更改。请用 --db 选择其他文件，或恢复备份。</translation>
    </message>
    <message>
        <source>{path} is not a SellerTrain database; the file was not changed. Choose another file with --db.</source>
        <translation>{path} 不是 SellerTrain 数据库；文件未做更改。请用 --db 选择其他文件。</translation>
    </message>
    <message>
        <source>{path} has an impossible schema version ({version}): it was changed by another program or is damaged; the file was not changed. Restore a backup.</source>
        <translation>{path} 的数据库结构版本（{version}）不可能存在：它被其他程序修改过或已损坏；文件未做更改。请恢复备份。</translation>
    </message>
    <message>
        <source>{path} was written by a newer SellerTrain (schema {version}, this app knows {known}); the file was not changed. Update SellerTrain to open it.</source>
        <translation>{path} 由更新版本的 SellerTrain 写入（结构版本 {version}，本程序只认识到 {known}）；文件未做更改。请更新 SellerTrain 后再打开。</translation>
    </message>
    <message>
        <source>the upgrade was undone</source>
        <translation>升级已撤销</translation>
    </message>
    <message>
        <source>the upgrade was undone and the copy made before it was written back</source>
        <translation>升级已撤销，并已写回升级前制作的副本</translation>
    </message>
    <message>
        <source>upgrading {path} to schema {number} failed ({problem}); {undone}, so your records are as they were. Keep using the previous SellerTrain version and report this problem</source>
        <translation>将 {path} 升级到结构版本 {number} 失败（{problem}）；{undone}，你的记录保持原样。请继续使用之前版本的 SellerTrain，并报告此问题</translation>
    </message>
    <message>
        <source>upgrading {path} to schema {number} failed ({problem}); {undone}, so your records are as they were (a copy is kept as {copy}). Keep using the previous SellerTrain version and report this problem</source>
        <translation>将 {path} 升级到结构版本 {number} 失败（{problem}）；{undone}，你的记录保持原样（副本保存为 {copy}）。请继续使用之前版本的 SellerTrain，并报告此问题</translation>
    </message>
    <message>
        <source>{path} belongs to another company record (server {server}); a database never syncs with a second company. Start a new database for this one</source>
        <translation>{path} 属于另一个公司记录（服务器 {server}）；一个数据库绝不会与第二家公司同步。请为这家公司新建一个数据库</translation>
    </message>
    <message>
        <source>a pulled {table} row conflicts with one of this database ({problem}); nothing was pulled</source>
        <translation>拉取的一行 {table} 数据与本数据库中的一行冲突（{problem}）；未拉取任何内容</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline — 1 result waiting</source>
        <translation>离线——1 个结果待上传</translation>
    </message>
    <message>
        <source>Offline — {n} results waiting</source>
        <translation>离线——{n} 个结果待上传</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>刚刚已同步</translation>
    </message>
    <message>
        <source>Synced {n} min ago</source>
        <translation>{n} 分钟前已同步</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in received records</source>
        <translation>
            <numerusform>收到的记录中有 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamReport</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Required lessons</source>
        <translation>必修课程数</translation>
    </message>
    <message>
        <source>Required done</source>
        <translation>已完成必修</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>完成比例</translation>
    </message>
    <message>
        <source>Quizzes passed</source>
        <translation>已通过的测验</translation>
    </message>
    <message>
        <source>Average best score</source>
        <translation>平均最高分</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Overdue lessons</source>
        <translation>已逾期课程</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一个截止日期</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>名员工</translation>
    </message>
    <message>
        <source>overall completion</source>
        <translation>总体完成率</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>已完成课程</translation>
    </message>
    <message>
        <source>Average best</source>
        <translation>平均最高分</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>No employees yet.</source>
        <translation>还没有员工。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>作答数</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确率</translation>
    </message>
    <message>
        <source>Most chosen wrong answer</source>
        <translation>最常选的错误答案</translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation>还没有测验作答。</translation>
    </message>
    <message>
        <source>First-attempt answers correct, by risk area</source>
        <translation>按风险领域统计的首次作答正确率</translation>
    </message>
    <message>
        <source>Lessons completed over time (cumulative)</source>
        <translation>课程完成情况趋势（累计）</translation>
    </message>
    <message>
        <source>Quiz score distribution (finished attempts)</source>
        <translation>测验分数分布（已完成的作答）</translation>
    </message>
    <message>
        <source>Team report: {course}</source>
        <translation>团队报告：{course}</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation>（已筛选）</translation>
    </message>
    <message>
        <source>Filtered: {filters}. The summary, the charts and the tables cover these employees only.</source>
        <translation>筛选条件：{filters}。摘要、图表和表格仅涵盖这些员工。</translation>
    </message>
    <message>
        <source>Team progress</source>
        <translation>团队进度</translation>
    </message>
    <message>
        <source>Generated {time} by SellerTrain</source>
        <translation>由 SellerTrain 于 {time} 生成</translation>
    </message>
    <message>
        <source>Share correct is over all answers to the current version of each quiz. Risk areas count the answers on each employee&apos;s first attempt at the quizzes of the lessons with that tag.</source>
        <translation>正确率按每个测验当前版本的全部作答计算。风险领域统计每位员工首次参加带有该标签课程的测验时的作答。</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Export team report</source>
        <translation>导出团队报告</translation>
    </message>
    <message>
        <source>SellerTrain team report</source>
        <translation>SellerTrain 团队报告</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Risk areas and charts</source>
        <translation>风险领域与图表</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>培训分配</translation>
    </message>
    <message>
        <source>Re-checks</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按姓名搜索</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Team progress</source>
        <translation>团队进度</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export report (HTML)…</source>
        <translation>导出报告（HTML）…</translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation>导出报告（PDF）…</translation>
    </message>
    <message>
        <source>Loading the team&apos;s progress…</source>
        <translation>正在加载团队进度…</translation>
    </message>
    <message>
        <source>{n} employees · {complete} complete · {progress} in progress · {overdue} overdue · {refresh} need a refresh · {idle} not started</source>
        <translation>共 {n} 名员工 · {complete} 人已完成 · {progress} 人进行中 · {overdue} 人已逾期 · {refresh} 人需要复训 · {idle} 人未开始</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Could not load the team&apos;s progress: {error}</source>
        <translation>无法加载团队进度：{error}</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>显示 {shown} / {total}</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Overdue {n} d: {title}</source>
        <translation>已逾期 {n} 天：{title}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Avg. best</source>
        <translation>平均最高分</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Required lessons done, of those required (sorted by share)</source>
        <translation>已完成的必修课程 / 必修课程数（按比例排序）</translation>
    </message>
    <message>
        <source>Quizzes passed</source>
        <translation>已通过的测验</translation>
    </message>
    <message>
        <source>Average of the best score on each quiz</source>
        <translation>各测验最高分的平均值</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Status (overdue: which lesson, and how many days late)</source>
        <translation>状态（已逾期：哪门课程，逾期几天）</translation>
    </message>
    <message>
        <source>Overdue: {names}</source>
        <translation>已逾期：{names}</translation>
    </message>
    <message>
        <source>Changed since completed: {n} lesson(s)</source>
        <translation>完成后有改动：{n} 门课程</translation>
    </message>
    <message>
        <source>Next due: {date}</source>
        <translation>下一个截止日期：{date}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>pass mark {before}% → {now}%</source>
        <translation>及格分 {before}% → {now}%</translation>
    </message>
    <message>
        <source>time limit {before} → {now} minutes</source>
        <translation>时间限制 {before} → {now} 分钟</translation>
    </message>
    <message>
        <source>draw rules</source>
        <translation>抽题规则</translation>
    </message>
    <message>
        <source>questions or their answers</source>
        <translation>题目或其答案</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}、{rest}</translation>
    </message>
    <message>
        <source>the quiz &apos;{title}&apos; ({file}) was changed after it was last published on {day}; nobody can take it until an author publishes the change (author studio, or: sellertrain publish {quiz} --material|--editorial)</source>
        <translation>测验“{title}”（{file}）在 {day} 最后一次发布之后被修改过；在作者发布这次修改之前，任何人都无法参加（在作者工作室发布，或运行：sellertrain publish {quiz} --material|--editorial）</translation>
    </message>
    <message>
        <source>a quiz change is material or editorial, not &apos;{kind}&apos;</source>
        <translation>测验修改只能是实质性修改或编辑性修改，不能是“{kind}”</translation>
    </message>
    <message>
        <source>quiz {quiz} has not changed since it was published</source>
        <translation>测验 {quiz} 自发布以来没有修改</translation>
    </message>
    <message>
        <source>quiz {quiz}: {changed} changed, which changes what a pass proves: publish it as material</source>
        <translation>测验 {quiz}：{changed}有变化，这会改变及格所证明的内容：请作为实质性修改发布</translation>
    </message>
    <message>
        <source>the quiz&apos;s files cannot be published: {reason}</source>
        <translation>无法发布测验的文件：{reason}</translation>
    </message>
    <message>
        <source>not a changed section of this lesson: {unknown} (changed: {changed})</source>
        <translation>不是本课程中有变化的小节：{unknown}（有变化的是：{changed}）</translation>
    </message>
    <message>
        <source>not a changed section of this lesson: {unknown} (no section changed)</source>
        <translation>不是本课程中有变化的小节：{unknown}（没有小节变化）</translation>
    </message>
    <message>
        <source>a material change must name at least one changed section</source>
        <translation>实质性修改必须至少指明一个有变化的小节</translation>
    </message>
    <message>
        <source>the lesson&apos;s files cannot be published: {reason}</source>
        <translation>无法发布课程的文件：{reason}</translation>
    </message>
    <message>
        <source>the time limit ran out at {time}; the answers given before it count</source>
        <translation>时间限制已于 {time} 到期；在此之前作答的答案有效</translation>
    </message>
    <message>
        <source>translation out of date: section #{anchor} changed materially in the original on {day}; translate the change and publish this file</source>
        <translation>译文已过期：小节 #{anchor} 于 {day} 在原文中有实质性修改；请翻译这次修改并发布此文件</translation>
    </message>
    <message>
        <source>translation out of date: section #{anchor} changed materially in {other} on {day}; translate the change and publish this file</source>
        <translation>译文已过期：小节 #{anchor} 于 {day} 在 {other} 版本中有实质性修改；请翻译这次修改并发布此文件</translation>
    </message>
    <message>
        <source>{lesson} has no {language} variant</source>
        <translation>{lesson} 没有 {language} 语言版本</translation>
    </message>
    <message>
        <source>not a section of this lesson: {sections}</source>
        <translation>不是本课程的小节：{sections}</translation>
    </message>
    <message>
        <source>the lesson &apos;{title}&apos; ({file}) was changed on disk since it was loaded; nothing was recorded. Restart SellerTrain (or reload the course) to read it as it is now</source>
        <translation>课程“{title}”（{file}）在载入后已在磁盘上被修改；没有记录任何内容。请重启 SellerTrain（或重新载入课程）以读取当前版本</translation>
    </message>
    <message>
        <source>the number of demo employees must be at least 1</source>
        <translation>演示员工的数量至少为 1</translation>
    </message>
    <message>
        <source>the course has no lessons to learn</source>
        <translation>课程中没有可学习的课</translation>
    </message>
    <message>
        <source>the database already holds employees; demo data is only added to an empty database unless forced</source>
        <translation>数据库中已有员工；除非强制，演示数据只会添加到空数据库中</translation>
    </message>
    <message>
        <source>quiz(zes) changed since their last publication: {names}; publish them first (sellertrain publish ID --material|--editorial)</source>
        <translation>以下测验自上次发布后有修改：{names}；请先发布它们（sellertrain publish ID --material|--editorial）</translation>
    </message>
    <message>
        <source>the draft&apos;s files cannot be published: {reason}</source>
        <translation>草稿的文件无法发布：{reason}</translation>
    </message>
    <message>
        <source>Review of questions you missed</source>
        <translation>答错题目的回顾</translation>
    </message>
    <message>
        <source>Re-check: {title}</source>
        <translation>复查：{title}</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <source>SellerTrain</source>
        <translation>SellerTrain</translation>
    </message>
    <message>
        <source>Upgrading your records for this version of SellerTrain…</source>
        <translation>正在为此版本的 SellerTrain 升级您的记录…</translation>
    </message>
    <message>
        <source>This happens once. A copy of the file is kept beside it first, so nothing can be lost. A large database takes a minute or two: please leave SellerTrain open.</source>
        <translation>此操作只进行一次。升级前会先在同一文件夹中保留该文件的副本，因此不会丢失任何数据。数据库较大时需要一两分钟：请不要关闭 SellerTrain。</translation>
    </message>
</context>
<context>
    <name>WhatChangedScreen</name>
    <message>
        <source>The changed sections, words highlighted</source>
        <translation>改动的小节（突出显示改动的文字）</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>返回课程</translation>
    </message>
    <message>
        <source>Open the whole lesson</source>
        <translation>打开整门课程</translation>
    </message>
    <message>
        <source>What changed in “{title}”</source>
        <translation>“{title}”有何改动</translation>
    </message>
    <message>
        <source>You completed this lesson on {read}. The rules changed on {changed}: {count} section(s) below. Removed words are struck through in red, new words are in green.</source>
        <translation>你于 {read} 完成了此课程。规则于 {changed} 更新：见下方 {count} 个小节。删除的文字以红色删除线标出，新增的文字为绿色。</translation>
    </message>
    <message>
        <source>Take the re-check (1 question)</source>
        <translation>参加复查（1 道题）</translation>
    </message>
    <message>
        <source>Take the re-check ({n} questions)</source>
        <translation>参加复查（{n} 道题）</translation>
    </message>
    <message>
        <source>I have read the changes</source>
        <translation>我已阅读改动</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>This section was removed.</source>
        <translation>此小节已被删除。</translation>
    </message>
    <message>
        <source>New section (or its earlier words were not recorded).</source>
        <translation>新小节（或未记录其之前的文字）。</translation>
    </message>
    <message>
        <source>Read this section in the lesson</source>
        <translation>在课程中阅读此小节</translation>
    </message>
</context>
<context>
    <name>_Fields</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Author (writes lessons and quizzes)</source>
        <translation>编写者（编写课程和测验）</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
</context>
</TS>
